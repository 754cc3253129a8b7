#!/usr/bin/env python3
"""The ack delay of a running gateway, seen from outside with the real OpenSSH client.

Each list is uploaded as a practice's script would: `sftp -b` with a key, put under a temporary name then renamed
into in/; the batch's last command stamps the local time once the rename is done. Meanwhile one interactive `sftp`
session of the same practice asks for out/<name>.ack.csv until it is there; the delay is from the stamp to the
first answer that shows it. Prints p50, p95 and max.

Usage (a gateway started with `./mvnw -o spring-boot:run`, the demo's practice `demo`):
    python3 src/test/bench/ack-over-openssh.py --uploads 25 --lines 50
Options: --host, --sftp-port (2222), --http-port (8080), --admin (admin:admin), --inami (the demo's 91234537770),
--user (demo), --password (demo-psygate, kept), --uploads, --lines, --pause (seconds between uploads),
--idle-practices N (registers N practices more in network --network, demo-adults, through POST /api/reference-data,
each with an SFTP key and a home of its own, before the uploads; idempotent: the same N practices every time).
Before the uploads it gives the practice a new key of its own (POST /api/practices/{inami}/sftp-access, keeping
its password), and reads the server's host key with ssh-keyscan into a known_hosts of its own.
Needs: python3, OpenSSH's sftp, ssh-keygen and ssh-keyscan.
"""
import argparse
import base64
import json
import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

SAMPLE = [
    "95123445780;85031412302;100;N;2025-03-03;792632;;;",
    "95123445780;92070105454;228;Y;2025-03-04;792691;;;",
    "95123445780;85031412302;100;N;2025-03-10;792691;;;",
    "95123445780;78112220178;319;N;2025-03-12;792713;;;",
    "95331105780;05021503749;501;Y;2025-03-13;792934;;;",
    "95331105780;01093011865;403;N;2025-03-17;792654;;;",
    "95331105780;64050540251;100;N;2025-03-20;792514;4;;",
    "95331105780;99010101108;228;N;2025-03-20;792514;4;;",
    "95331105780;11041807660;100;Y;2025-03-20;792514;4;;",
    "95331105780;92070105454;228;Y;2025-03-20;792514;4;;",
]
HEADER = ("line_ref;psychologist_inami;patient_niss;insurer_code;preferential_regime;session_date;pseudocode;"
          "group_participants;referral_date;prescriber_inami")
PROMPT = b"sftp> "


def ssh_options(args, work):
    return ["-P", str(args.sftp_port), "-i", os.path.join(work, "key"), "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + os.path.join(work, "known_hosts"),
            "-o", "IdentitiesOnly=yes"]


def new_key_and_host(args, work):
    """A key pair of the benchmark's own in work/, and the server's host key in work/known_hosts."""
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ack-bench", "-f",
                    os.path.join(work, "key")], check=True)
    scan = subprocess.run(["ssh-keyscan", "-p", str(args.sftp_port), args.host], capture_output=True, text=True,
                          check=True)
    with open(os.path.join(work, "known_hosts"), "w") as f:
        f.write(scan.stdout)


def grant_key(args, work, inami, password):
    """Gives a practice the key of work/key.pub, keeping its password, as an administrator does (REST)."""
    with open(os.path.join(work, "key.pub")) as f:
        public = f.read().strip()
    body = json.dumps({"password": password, "publicKeys": [public]}).encode()
    request = urllib.request.Request(
        f"http://{args.host}:{args.http_port}/api/practices/{inami}/sftp-access", data=body, method="POST",
        headers={"Content-Type": "application/json",
                 "Authorization": "Basic " + base64.b64encode(args.admin.encode()).decode()})
    with urllib.request.urlopen(request) as response:
        response.read()


def give_key(args, work):
    new_key_and_host(args, work)
    grant_key(args, work, args.inami, args.password)


def inami(i):
    number = 700000 + i
    return f"{number:06d}{97 - number % 97:02d}770"


def register_idle(args, work):
    with open(os.path.join(work, "key.pub")) as f:
        public = f.read().strip()
    practices = [{"inami": inami(i), "name": f"Idle practice {i}", "bce": "0812345603", "iban": "BE14063123456783",
                  "networkId": args.network, "agreementStart": "2022-01-01", "yearlyCapacity": 100,
                  "sftpUser": f"idle-{i}", "sftpPublicKeys": [public], "language": "fr"}
                 for i in range(args.idle_practices)]
    body = json.dumps({"networks": [], "practices": practices}).encode()
    request = urllib.request.Request(
        f"http://{args.host}:{args.http_port}/api/reference-data", data=body, method="POST",
        headers={"Content-Type": "application/json",
                 "Authorization": "Basic " + base64.b64encode(args.admin.encode()).decode()})
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = response.read().decode()
    print(f"{args.idle_practices} idle practices registered in {time.monotonic() - started:.1f} s: {answer}",
          flush=True)


class Watcher:
    """One interactive sftp session under a terminal, whose prompt says each command is done."""

    def __init__(self, args, work):
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(["sftp"] + ssh_options(args, work) + [f"{args.user}@{args.host}"],
                                        stdin=slave, stdout=slave, stderr=slave, close_fds=True)
        os.close(slave)
        self.read_to_prompt(30)

    def read_to_prompt(self, timeout):
        out = b""
        deadline = time.monotonic() + timeout
        while not out.endswith(PROMPT):
            ready, _, _ = select.select([self.master], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("no sftp prompt; so far: " + out.decode(errors="replace"))
            out += os.read(self.master, 65536)
        return out.decode(errors="replace")

    def exists(self, path):
        os.write(self.master, f"ls -1 {path}\n".encode())
        out = self.read_to_prompt(30)
        return "not found" not in out and "Can't ls" not in out

    def close(self):
        os.write(self.master, b"bye\n")
        self.process.wait(10)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--sftp-port", type=int, default=2222)
    p.add_argument("--http-port", type=int, default=8080)
    p.add_argument("--admin", default="admin:admin")
    p.add_argument("--inami", default="91234537770")
    p.add_argument("--user", default="demo")
    p.add_argument("--password", default="demo-psygate")
    p.add_argument("--uploads", type=int, default=25)
    p.add_argument("--lines", type=int, default=50)
    p.add_argument("--pause", type=float, default=0.2)
    p.add_argument("--timeout", type=float, default=60)
    p.add_argument("--idle-practices", type=int, default=0)
    p.add_argument("--network", default="demo-adults")
    args = p.parse_args()
    run = time.strftime("%H%M%S")
    delays = []
    with tempfile.TemporaryDirectory() as work:
        give_key(args, work)
        if args.idle_practices > 0:
            register_idle(args, work)
        watcher = Watcher(args, work)
        try:
            for i in range(args.uploads):
                name = f"openssh-{run}-{i:03d}.csv"
                local = os.path.join(work, name)
                with open(local, "w") as f:
                    f.write(HEADER + "\n")
                    for n in range(args.lines):
                        f.write(f"OS{run}-{i:03d}-{n:04d};{SAMPLE[n % len(SAMPLE)]}\n")
                stamp = os.path.join(work, "stamp")
                batch = os.path.join(work, "batch")
                with open(batch, "w") as f:
                    f.write(f"put {local} in/{name}.part\nrename in/{name}.part in/{name}\n"
                            f"!date +%s.%N > {stamp}\n")
                subprocess.run(["sftp", "-q", "-b", batch] + ssh_options(args, work)
                               + [f"{args.user}@{args.host}"], check=True, stdout=subprocess.DEVNULL)
                with open(stamp) as f:
                    uploaded = float(f.read().strip())
                deadline = time.time() + args.timeout
                while not watcher.exists(f"out/{name}.ack.csv"):
                    if time.time() > deadline:
                        raise TimeoutError(f"no ack for {name} after {args.timeout} s")
                delay = (time.time() - uploaded) * 1000
                delays.append(delay)
                print(f"{name}: ack after {delay:.0f} ms", flush=True)
                time.sleep(args.pause)
        finally:
            watcher.close()
    delays.sort()
    p95 = delays[max(0, int(round(0.95 * len(delays))) - 1)]
    print(f"{len(delays)} uploads of {args.lines} lines with OpenSSH sftp: p50 {statistics.median(delays):.0f} ms, "
          f"p95 {p95:.0f} ms, max {delays[-1]:.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
