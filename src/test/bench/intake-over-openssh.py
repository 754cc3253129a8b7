#!/usr/bin/env python3
"""Target 1 of issue 13 seen from outside: a practice's lists uploaded with the real OpenSSH client, timed from the
first rename into in/ to the last answer in out/.

It drives a gateway started on the benchmark's synthetic country (the registry and the lists that
`./mvnw -Pbenchmark verify -Dbench.rounds=3` leaves in target/benchmark-work), as docs/benchmarks.md shows. For each
practice it uses, it gives the practice a key of its own through the REST API (keeping its password) and reads the
server's host key with ssh-keyscan. Then:
  - the warm-up (not timed): the lists of --warm-up practices of warm-up-lists/, each practice's in one `sftp -b`
    batch, until every one is answered;
  - each round (timed): one practice's lists (lists/, lists-1/, ...) put under temporary names in in/ by one batch
    (not timed), then renamed into in/ by a second batch; the time runs from that batch's start until an interactive
    sftp session of the practice lists every answer in out/.
Prints, per round, the lists, the lines, the seconds, the lines per second, and how long the renames' batch took.

Usage:
    python3 src/test/bench/intake-over-openssh.py --work target/benchmark-work --sftp-port 12222 --http-port 18080
Options: --host, --admin (admin:admin), --rounds (lists,lists-1,lists-2), --warm-up (practices, 0: none), --timeout.
Needs: python3, OpenSSH's sftp, ssh-keygen and ssh-keyscan.
"""
import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("ack_over_openssh", os.path.join(HERE, "ack-over-openssh.py"))
ack = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ack)


def practices_of(registry):
    """SFTP user -> (INAMI, password), from the registry the benchmark wrote (one block a practice)."""
    text = open(registry, encoding="utf-8").read()
    found = {}
    for block in re.split(r"\n\s*- inami: ", text.split("practices:", 1)[1]):
        number = re.match(r'"?(\d+)"?', block)
        user = re.search(r"sftpUser: (\S+)", block)
        password = re.search(r"sftpPassword: (\S+)", block)
        if number and user and password:
            found[user.group(1)] = (number.group(1), password.group(1))
    return found


def batch(args, work, user, commands):
    script = os.path.join(work, "batch")
    with open(script, "w") as f:
        f.write("\n".join(commands) + "\n")
    subprocess.run(["sftp", "-q", "-b", script] + ack.ssh_options(args, work) + [f"{user}@{args.host}"],
                   check=True, stdout=subprocess.DEVNULL)


def answers(watcher, names):
    """How many of these lists have their answer in out/ (one listing of the folder)."""
    os.write(watcher.master, b"ls -1 out\n")
    listed = set(line.strip().split("/")[-1] for line in watcher.read_to_prompt(60).splitlines())
    return sum(1 for n in names if n + ".ack.csv" in listed)


def upload(args, work, user, folder, timed):
    names = sorted(os.listdir(folder))
    puts = [f'put "{os.path.join(folder, n)}" "in/{n}.part"' for n in names]
    renames = [f'rename "in/{n}.part" "in/{n}"' for n in names]
    watcher = ack.Watcher(args, work) if timed else None
    batch(args, work, user, puts)
    started = time.monotonic()
    batch(args, work, user, renames)
    return names, started, time.monotonic() - started, watcher


def await_answers(args, work, user, names, watcher):
    """Waits for every answer, asked by the practice's own session (args.user is the practice)."""
    own = watcher or ack.Watcher(args, work)
    deadline = time.monotonic() + args.timeout
    while answers(own, names) < len(names):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{user}: not every list answered within {args.timeout} s")
    finished = time.monotonic()
    own.close()
    return finished


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--work", default="target/benchmark-work")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--sftp-port", type=int, default=2222)
    p.add_argument("--http-port", type=int, default=8080)
    p.add_argument("--admin", default="admin:admin")
    p.add_argument("--rounds", default="lists,lists-1,lists-2")
    p.add_argument("--warm-up", type=int, default=100)
    p.add_argument("--timeout", type=float, default=600)
    args = p.parse_args()

    practices = practices_of(os.path.join(args.work, "registry.yaml"))
    work = tempfile.mkdtemp(prefix="intake-openssh-")
    ack.new_key_and_host(args, work)

    warm = sorted(os.listdir(os.path.join(args.work, "warm-up-lists")))[:args.warm_up]
    if warm:
        started = time.monotonic()
        count = 0
        for user in warm:
            ack.grant_key(args, work, *practices[user])
            args.user = user
            names, _, _, _ = upload(args, work, user, os.path.join(args.work, "warm-up-lists", user), False)
            await_answers(args, work, user, names, None)
            count += len(names)
        print(f"warm-up: {count} lists of {len(warm)} practices in {time.monotonic() - started:.1f} s (not timed)",
              flush=True)

    for folder in args.rounds.split(","):
        root = os.path.join(args.work, folder)
        (user,) = os.listdir(root)
        ack.grant_key(args, work, *practices[user])
        args.user = user
        lines = sum(sum(1 for _ in open(os.path.join(root, user, n), encoding="utf-8")) - 1
                    for n in os.listdir(os.path.join(root, user)))
        names, started, renaming, watcher = upload(args, work, user, os.path.join(root, user), True)
        finished = await_answers(args, work, user, names, watcher)
        seconds = finished - started
        print(f"{folder}: {len(names)} lists, {lines:,} lines of practice {user}, from the first rename to the last "
              f"answer {seconds:.1f} s: {lines / seconds:,.0f} lines/s (the renames' batch took {renaming:.1f} s, "
              f"its SSH login included)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
