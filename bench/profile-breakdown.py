#!/usr/bin/env python3
"""Groups an async-profiler collapsed-stack file into the publishing pipeline's parts.

Usage: bench/profile-breakdown.py FILE.collapsed
A stack counts for the first group, in the order below, that any of its frames belongs to: a
database call made while rendering counts as the database, a QR code drawn from a template as QR.
The render threads' work (stacks inside Parallel's tasks) is shown apart from the whole: in wall
mode, that is where a render thread spends its time while it has a page to do.
"""
import re
import sys
from collections import Counter

GROUPS = [
    ("full GC forced by the benchmark (System.gc; not the publish's)", r"G1FullGC|G1FullCollector|VM_G1CollectFull"),
    ("DB manifest/dependency writes", r"ManifestStore\.record|DependencyStore\.replace|PublishRecords\.store"),
    ("DB other queries", r"org/postgresql|org\.postgresql|com/zaxxer|JdbcTemplate|JdbcClient"),
    ("fsync (and syncfs: its writeback runs in the kernel's flusher threads, outside the JVM)",
     r"FileChannelImpl\.force|fsync|fdatasync|FileDispatcherImpl\.force|syncfs|FileSystemSync"),
    ("waiting for a free slot of the files in flight (sync pool busy)", r"FolderWriter\.write;[^;]*Semaphore\.acquire"),
    ("rename", r"Files\.move"),
    ("create (open O_CREAT)", r"FolderWriter\.create"),
    ("other file I/O", r"FileChannelImpl|UnixFileSystem|UnixNativeDispatcher|UnixCopyFile|"
                                              r"Files\.move|Files\.createDirectories|FolderWriter|ext4_|vfs_|do_sys_open"),
    ("QR codes", r"QrCode|zxing|qrcodegen"),
    ("hashing (SHA-256)", r"MessageDigest|SHA2|sun/security/provider/SHA|sun\.security\.provider\.SHA|Digests"),
    ("traditional conversion", r"SimplifiedToTraditional|TraditionalCopy|TraditionalPage"),
    ("expression evaluation", r"thymeleaf/standard/expression|thymeleaf\.standard\.expression|springframework/expression|"
                              r"springframework\.expression|ognl|ViewModel|ThemeExpressionParser"),
    ("template rendering", r"org/thymeleaf|org\.thymeleaf|attoparser|unbescape"),
    ("page data (channels, lists, documents)", r"org/govsite/(content|channel|site)|org\.govsite\.(content|channel|site)|"
                                              r"SitePages|PageBuilder|HomeContent"),
    ("GC", r"G1[A-Z]|GCTask|CollectedHeap|ConcurrentMark|G1 |GC Thread|ZGC|Shenandoah"),
    ("JIT compiler", r"CompileBroker|C2Compiler|Compile::|C1 Compiler|C2 Compiler|Compilation::"),
    ("waiting (park, wait, sleep, poll)", r"Unsafe\.park|LockSupport\.park|Object\.wait|epoll|futex|Thread\.sleep|"
                                          r"pthread_cond|__GI___poll"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in GROUPS]


def group(stack):
    for name, pattern in COMPILED:
        if pattern.search(stack):
            return name
    return "other"


def show(title, counts):
    total = sum(counts.values())
    if total == 0:
        return
    print(f"{title}: {total:,} samples")
    for name, count in counts.most_common():
        print(f"  {100.0 * count / total:5.1f}%  {name}")


def main(path):
    everything, render = Counter(), Counter()
    leaves = Counter()
    for line in open(path, encoding="utf-8", errors="replace"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        name = group(stack)
        everything[name] += n
        if "Parallel.lambda$submit" in stack:
            render[name] += n
        if name == "other":
            leaves[stack.split(";")[-1]] += n
    show("all threads", everything)
    show("render threads (their work, not their idle time)", render)
    if leaves:
        print("  top frames of 'other': " + ", ".join(f"{leaf} ({count})" for leaf, count in leaves.most_common(6)))


if __name__ == "__main__":
    main(sys.argv[1])
