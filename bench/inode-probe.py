#!/usr/bin/env python3
"""What creating a file costs on this machine's file system as files deleted lately pile up.

Usage: bench/inode-probe.py DIR [N]   (default N = 4000, about the files of a 2,000-document publish)
The root file system here is ext4 without a journal (/proc/fs/jbd2 is empty). Without a journal,
ext4 will not reuse an inode freed in the last 60 s (360 s while its inode-table block is dirty),
and looks for a free inode from the start of the block group each time: every create steps over
every inode deleted lately (kernel frames find_inode_bit, recently_deleted, find_get_block_common).
A full publish frees one inode per file it replaces (the atomic rename), Hugo's clean build one per
file it removed: both pay it, more so pair after pair. Prints the kernel (sys) CPU per create.
"""
import os
import resource
import shutil
import sys

base, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4000


def sys_seconds():
    return resource.getrusage(resource.RUSAGE_SELF).ru_stime


def create(folder, tag):
    os.makedirs(folder, exist_ok=True)
    start = sys_seconds()
    for i in range(n):
        fd = os.open(os.path.join(folder, f"{tag}{i}.html"), os.O_CREAT | os.O_WRONLY | os.O_EXCL)
        os.write(fd, b"x" * 2000)
        os.close(fd)
    return (sys_seconds() - start) * 1000 / n


def delete(folder):
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))


folder = os.path.join(base, "inode-probe")
shutil.rmtree(folder, ignore_errors=True)
os.sync()
print(f"journal: {'yes' if os.path.isdir('/proc/fs/jbd2') and os.listdir('/proc/fs/jbd2') else 'none'} (/proc/fs/jbd2); load {open('/proc/loadavg').read().split()[:3]}")
print(f"create {n:,} files: sys {create(folder, 'a'):.3f} ms a file")
for round in range(1, 4):
    delete(folder)
    os.sync()
    print(f"after deleting {n:,} more ({round * n:,} lately): create {n:,}: sys {create(folder, f'b{round}_'):.3f} ms a file")
delete(folder)
os.rmdir(folder)
