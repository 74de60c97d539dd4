"""Run a command; write its exit status, peak RSS and CPU seconds (its own and its reaped children's) to a file.

The harness starts this fresh, so the peak measured is the command's: Linux counts a forked child's memory
before ``exec`` in its peak, so a child forked straight from a big pytest process would report pytest's size.
Usage: ``python launch.py RESULT_FILE -- COMMAND...``
"""

import os
import sys


def main() -> None:
    result, argv = sys.argv[1], sys.argv[3:]
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    with open(result, "w", encoding="ascii") as fh:
        fh.write(f"{code} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime:.3f}\n")
    sys.exit(code if code >= 0 else 128 - code)


if __name__ == "__main__":
    main()
