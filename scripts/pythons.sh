#!/bin/sh
# pythons.sh: the CPythons the package is built and tested on, one
# "VERSION INTERPRETER" pair a line: Debian stable's 3.11, 3.10 and 3.12
# from pyenv, and 3.13, 3.14, 3.15 inside the Debian testing chroot that
# scripts/forky.sh makes (their paths there, marked "forky:").  A version
# this machine cannot give is listed with "-", for the caller to fail on.
pyenv_python() {  # the newest pyenv interpreter of version $1, or "-"
  p=$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$1".*/bin/python"$1" \
        2>/dev/null | sort -V | tail -n 1)
  echo "${p:--}"
}
for v in 3.10 3.11 3.12 3.13 3.14 3.15; do
  case $v in
  3.11) echo "$v /usr/bin/python3.11" ;;
  3.10|3.12) echo "$v $(pyenv_python $v)" ;;
  *) echo "$v forky:/usr/bin/python$v" ;;
  esac
done
