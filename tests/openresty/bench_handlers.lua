-- The bench pair, as an OpenResty application writes handlers: a module
-- loaded once per worker, httpstatus held as an upvalue.  The two differ
-- only in where the status and the phrase come from.
local hs = require "httpstatus"
local NOT_FOUND = hs.NOT_FOUND

local _M = {}

function _M.module()
  ngx.status = NOT_FOUND
  ngx.print(hs.phrase(NOT_FOUND))
end

function _M.static()
  ngx.status = 404
  ngx.print("Not Found")
end

return _M
