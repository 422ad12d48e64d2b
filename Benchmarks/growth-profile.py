#!/usr/bin/env python3
"""Where the time per record grows: reads two `perf record` profiles of `comply audit` (a small set
run K times in a row, and a large set run once) and prints each part's microseconds a record in
both, and what grew, largest growth first.

  growth-profile.py FREQUENCY SMALL.data SMALL_RECORDS LARGE.data LARGE_RECORDS [TOP]

SMALL_RECORDS counts every record the small profile judged (the set's size times K). A sample stands
for 1/FREQUENCY seconds of one core, so samples / FREQUENCY / records is the time a record took in
that part. The parts: the kernel split by what its functions do (clearing memory the process touches
for the first time, the rest of a page fault, files, waiting on the disk), and the process split by
library (libyaml, the allocator, the Swift runtime, comply's own code, the C library). Sampled, so a
part under a tenth of a microsecond is noise; run it twice before reading much into one figure."""
import re
import subprocess
import sys

KERNEL = [
    ("kernel: clearing fresh pages", r"^clear_page"),
    # Not the copies into and out of the page cache (`copy_folio_from_iter_atomic`: writing the report).
    ("kernel: page faults", r"^(?!copy_)(?:.*)(?:fault|pte|pmd|folio|lru|mem_cgroup|memcg|mm_|_pages|freelist|vma|mas_|rmqueue|zone|"
                            r"anonymous|access_error|list_del|percpu_counter|unmap)"),
    ("kernel: disk and waiting", r"^iowrite|blk_|virtio|^finish_task_switch|schedule|^io_|softirq|irqrestore|spin_unlock_irq$"),
    ("kernel: files", r"d_lookup|dput|dentry|inode|ext4|open|fput|close|filemap|copy_to_iter|_copy_|path|getdents|filldir|"
                      r"readdir|vfs|security|errseq|kmem_cache|kfree|rcu|lockref|fsnotify|file|filp|fd_|fdget|walk_component|"
                      r"lookup|atime|current_time|mnt|getname|strncpy_from_user|check_object_size|xas_|ktime"),
    ("kernel: system-call entry", r"^do_syscall|^entry_SYSCALL|syscall_exit|^__x64_sys"),
]
USER = [
    ("libyaml", r"libyaml"),
    ("allocator (mimalloc)", r"mimalloc"),
    ("Swift runtime and standard library", r"libswift"),
    ("C library", r"libc\.so|ld-linux"),
]
LINE = re.compile(r"\s*[\d.]+%\s+(\d+)\s+(\S+)\s+\[(.)\]\s+(.*)")


def parts(data):
    """Samples by part, and by symbol, from `perf report` of DATA."""
    out = subprocess.run(
        ["perf", "report", "-i", data, "--no-children", "--sort", "dso,sym", "-g", "none", "-n", "--percent-limit", "0"],
        capture_output=True, text=True, check=True).stdout
    by_part, by_symbol = {}, {}
    for line in out.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        samples, dso, where, symbol = int(m.group(1)), m.group(2), m.group(3), m.group(4).strip()
        if where == "k":
            part = next((name for name, pattern in KERNEL if re.search(pattern, symbol)), "kernel: other")
        elif dso.startswith("comply"):
            part = "comply"
        else:
            part = next((name for name, pattern in USER if re.search(pattern, dso)), "other: " + dso)
        by_part[part] = by_part.get(part, 0) + samples
        key = f"[{where}] {symbol}"
        by_symbol[key] = by_symbol.get(key, 0) + samples
    return by_part, by_symbol


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    frequency = float(sys.argv[1])
    small, small_records = sys.argv[2], int(sys.argv[3])
    large, large_records = sys.argv[4], int(sys.argv[5])
    top = int(sys.argv[6]) if len(sys.argv) > 6 else 12
    per = lambda samples, records: samples / frequency / records * 1e6
    small_parts, small_symbols = parts(small)
    large_parts, large_symbols = parts(large)

    def table(title, a, b, limit):
        rows = [(per(b.get(k, 0), large_records) - per(a.get(k, 0), small_records), k) for k in set(a) | set(b)]
        rows.sort(reverse=True)
        print(f"{title:<52} {'small':>8} {'large':>8} {'grew':>8}  (µs a record)")
        for grew, k in rows[:limit]:
            print(f"{k[:52]:<52} {per(a.get(k, 0), small_records):8.2f} {per(b.get(k, 0), large_records):8.2f} {grew:+8.2f}")

    total_small, total_large = per(sum(small_parts.values()), small_records), per(sum(large_parts.values()), large_records)
    print(f"{'all':<52} {total_small:8.2f} {total_large:8.2f} {total_large - total_small:+8.2f}"
          f"  ({(total_large / total_small - 1) * 100:+.0f}%)")
    table("part", small_parts, large_parts, len(small_parts) + len(large_parts))
    print()
    table(f"function (the {top} that grew most)", small_symbols, large_symbols, top)


if __name__ == "__main__":
    main()
