#!/usr/bin/env python3
"""Writes the workload of the concurrency test (tests/concurrency/README.md) into OUT_DIR.

usage: generate.py OUT_DIR [--workers 4] [--per-worker 2000] [--seed 7]

The messages are chosen so that the final state cannot depend on the order in which they are processed:
JW301 versions of toewijzingen shared by many messages about the same clients (the current version is the
latest Toewijzingsdatum/-tijd, not the last one received: IV013, OP080), and exact copies of messages sent
again by another worker (idempotency). Messages about one client are spread over all workers, so the
workers contend for the same client locks, toewijzing rows and Identificatie keys.

Writes OUT_DIR/all/<name>.xml (every distinct message once), OUT_DIR/worker-N.list (the files of worker N,
in its order; copies included) and OUT_DIR/serial.list (every file of every worker, in one order).
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scenario"))
import scenario_lib as lib  # noqa: E402


def valid_bsns(count, start=100000000):
    """Nine-digit numbers that pass the 11-proef (CS002), from `start` upwards."""
    found = []
    n = start
    while len(found) < count:
        digits = [int(c) for c in f"{n:09d}"]
        if sum(w * d for w, d in zip((9, 8, 7, 6, 5, 4, 3, 2, -1), digits)) % 11 == 0:
            found.append(f"{n:09d}")
        n += 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--per-worker", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    total = args.workers * args.per_worker
    copies = total // 4                      # a quarter of all sends repeat a message exactly
    distinct = total - copies
    toewijzingen_per_client = 4
    versions = 6
    clients = max(1, distinct // (toewijzingen_per_client * versions))
    bsns = valid_bsns(clients)
    for i, bsn in enumerate(bsns):
        lib.CLIENTS[bsn] = dict(geboortedatum="2013-05-0%d" % (1 + i % 9), geslacht=str(1 + i % 2),
                                achternaam="Client%d" % i, voorletters="C")

    os.makedirs(os.path.join(args.out_dir, "all"), exist_ok=True)
    names = []
    for c, bsn in enumerate(bsns):
        for t in range(toewijzingen_per_client):
            nummer = f"{c + 1:05d}{t + 1}"
            for v in range(versions):
                if len(names) == distinct:
                    break
                # Each version moves the Einddatum later (oprekken, RedenWijziging 04) and is dated a day later.
                product = lib.tp(nummer, ingang="2026-11-01", eind=f"2027-{5 + v:02d}-30",
                                 datum=f"2026-11-{10 + v:02d}", tijd=f"{9 + t:02d}:{v:02d}:00",
                                 reden=None if v == 0 else "04")
                name = f"c{c:04d}_t{t}_v{v}"
                text = lib.jw301(f"CT{c:04d}{t}{v}", [product], bsn=bsn, dagtekening="2026-11-20")
                with open(os.path.join(args.out_dir, "all", name + ".xml"), "w", newline="") as out:
                    out.write(text)
                names.append(name)

    sends = names + [rng.choice(names) for _ in range(total - len(names))]
    rng.shuffle(sends)
    for w in range(args.workers):
        part = sends[w * args.per_worker:(w + 1) * args.per_worker]
        with open(os.path.join(args.out_dir, f"worker-{w}.list"), "w") as out:
            out.writelines(f"all/{name}.xml\n" for name in part)
    with open(os.path.join(args.out_dir, "serial.list"), "w") as out:
        out.writelines(f"all/{name}.xml\n" for name in sorted(sends))
    print(f"generate.py: {len(names)} distinct messages about {len(bsns)} clients, {total} sends over "
          f"{args.workers} workers", file=sys.stderr)


if __name__ == "__main__":
    main()
