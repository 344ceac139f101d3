"""httpstatus.__main__.main(argv) writes through sys.stdout and
sys.stderr, so capsys, redirect_stdout and IDE consoles get its output;
the exit statuses are the C command's."""
import contextlib
import io
import json
import subprocess

from httpstatus.__main__ import main


def test_capsys_captures_main(capsys, c_cli):
    assert main(["404"]) == 0
    out, err = capsys.readouterr()
    c_out = subprocess.run([c_cli, "404"], capture_output=True, text=True)
    assert out == c_out.stdout and err == ""
    assert main(["597"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == subprocess.run(
        [c_cli, "597"], capture_output=True, text=True).stderr
    assert main(["--bogus"]) == 2
    assert "usage:" in capsys.readouterr().err


def test_redirect_stdout_captures_main():
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["--json", "429"]) == 0
        assert main(["--lang", "zh", "teapot"]) in (0, 1)
    assert json.loads(out.getvalue().splitlines()[0])["code"] == 429
    assert "418" in out.getvalue() + err.getvalue()


class Refusing(io.StringIO):
    def write(self, text):
        raise OSError(28, "No space left on device")


def test_a_stream_that_refuses_is_a_write_error():
    err = io.StringIO()
    with contextlib.redirect_stdout(Refusing()), \
            contextlib.redirect_stderr(err):
        assert main(["404"]) == 3
    assert err.getvalue().count("write error") == 1
