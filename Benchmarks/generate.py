#!/usr/bin/env python3
"""Writes N synthetic meeting records (one file each) plus the organization and person registries
they refer to, deterministically, for the benchmark.  Usage: generate.py N OUTDIR"""
import os
import random
import sys

TYPES = ["支部委员会", "支部党员大会", "党课", "主题党日", "党小组会"]
# 96 distinct first-topic studies: each organization works through them in order, as real ones do.
TOPICS = [
    (f"学习习近平总书记重要讲话精神（第{i + 1}讲）", f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}") for i in range(96)
]


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(20250101)
    orgs = max(1, n // 100)
    os.makedirs(os.path.join(out, "meetings"), exist_ok=True)
    with open(os.path.join(out, "organizations.yaml"), "w", encoding="utf-8") as f:
        for o in range(orgs):
            members = [f"p{o:04d}-{i:02d}" for i in range(9)]
            f.write("---\n" if o else "")
            f.write(f"kind: organization\nid: org-{o:04d}\nname: 第{o + 1}党支部\ntype: 党支部\n")
            f.write(f"members: [{', '.join(members)}]\ncommittee: [{', '.join(members[:3])}]\nsecretary: {members[0]}\n")
    with open(os.path.join(out, "persons.yaml"), "w", encoding="utf-8") as f:
        first = True
        for o in range(orgs):
            for i in range(9):
                f.write("" if first else "---\n")
                first = False
                f.write(f"kind: person\nid: p{o:04d}-{i:02d}\nname: 党员{o:04d}{i:02d}\nunit: 临川市文联\n")
    for m in range(n):
        o = m % orgs
        members = [f"p{o:04d}-{i:02d}" for i in range(9)]
        mtype = TYPES[m % len(TYPES)]
        month = m // orgs % 12 + 1
        day = rng.randint(1, 28)
        present = members[: rng.randint(6, 9)]
        absent = members[len(present):]
        title, speech = TOPICS[(m // orgs) % len(TOPICS)]
        lines = [
            "kind: meeting",
            f"id: m-{m:07d}",
            f"org: org-{o:04d}",
            f"type: {mtype}",
            f"date: 2025-{month:02d}-{day:02d}",
            f"host: {members[0]}",
            f"recorder: {members[1]}",
            f"record_book: 第{o + 1}党支部{mtype}记录本（2025）",
            f"present: [{', '.join(present)}]",
        ]
        if absent:
            lines.append("absent:")
            lines += [f"  - {{person: {p}, reason: 出差}}" for p in absent]
        if mtype == "党课":
            lines.append(f"lecturer: {members[0]}")
        lines += [
            "agenda:",
            f"  - title: {title}",
            "    category: 第一议题",
            f"    speech_date: {speech}",
            "    discussion: true",
            "  - title: 研究本月党建工作安排",
            "    category: 决策",
            f"    votes: {{for: {len(present)}, against: 0, abstain: 0}}",
            "    result: 通过",
        ]
        with open(os.path.join(out, "meetings", f"m-{m:07d}.yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
