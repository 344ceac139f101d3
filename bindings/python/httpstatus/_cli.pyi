# Type stubs for httpstatus._cli, the command (private: python -m httpstatus).
from typing import List, Union

def main(argv: List[Union[str, bytes]], /) -> int: ...
