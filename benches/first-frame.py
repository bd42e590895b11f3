#!/usr/bin/env python3
"""Time from starting the dashboard to its first full frame, in a pseudo-terminal.

Usage: benches/first-frame.py BINARY [--data FILE] [--runs N]
Prints the median and the best of N runs in milliseconds, then the resident memory and
CPU time of one run left idle for 10 seconds (after 3 seconds to settle).
"""
import os, pty, select, statistics, sys, time, fcntl, termios, struct

def start(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    return pid, fd

def until(fd, marker, limit=30.0):
    buf, t0 = b"", time.monotonic()
    while marker not in buf:
        if time.monotonic() - t0 > limit:
            raise SystemExit(f"no {marker!r} within {limit} s")
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            try:
                buf += os.read(fd, 1 << 16)
            except OSError:
                break
    return buf

def stop(pid, fd):
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)

def cpu_ticks(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])

def main():
    args = sys.argv[1:]
    runs = 9
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    argv = args
    # The footer's key hints are drawn last: their presence means a whole frame arrived.
    marker = b"quit"
    times = []
    for _ in range(runs):
        t0 = time.monotonic()
        pid, fd = start(argv)
        until(fd, marker)
        times.append((time.monotonic() - t0) * 1000)
        stop(pid, fd)
    print(f"first frame: median {statistics.median(times):.1f} ms, best {min(times):.1f} ms ({runs} runs)")
    pid, fd = start(argv)
    until(fd, marker)
    # A large dataset's index is built just after the first frame; idle starts after it.
    time.sleep(3)
    before = cpu_ticks(pid)
    time.sleep(10)
    idle = cpu_ticks(pid) - before
    status = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status") if ":" in line)
    print(f"idle 10 s: {idle} CPU ticks; resident {status['VmRSS'].strip()}, peak {status['VmHWM'].strip()}")
    stop(pid, fd)

main()
