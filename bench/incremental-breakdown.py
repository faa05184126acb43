#!/usr/bin/env python3
"""Where an incremental publish spends its wall time, from bench/incremental.sh's profile (PROFILE=wall).

Usage: bench/incremental-breakdown.py FILE.collapsed
The publish worker thread while it runs a job, by the first group whose frame its stack holds, and
the render threads while they have a page to do.
"""
import collections,sys
groups=[("waiting for the render threads (Parallel.awaitAll)","Parallel.awaitAll"),
("claiming the job (JobStore.claim)","JobStore.claim"),("progress report (JobStore.progress)","JobStore.progress"),
("fsync/rename of the files (FolderWriter.awaitPlaced)","FolderWriter.awaitPlaced"),
("manifest and dependency rows (PublishRecords)","PublishRecords"),("recording the finish (FinishedJobs)","FinishedJobs"),
("site context (SitePublisher.context)","SitePublisher.context"),("plan (AffectedPages)","AffectedPages"),
("sitemap index (its manifest read)","publishedChunks")]
c=collections.Counter();tot=0
rc=collections.Counter();rtot=0
for line in open(sys.argv[1]):
    stack,n=line.rsplit(' ',1);n=int(n);f=stack.split(';')
    if 'publish-worker' in f[0] and any('JobRunner.run' in x for x in f):
        tot+=n
        for name,pat in groups:
            if any(pat in x for x in f): c[name]+=n;break
        else: c['other']+=n
    elif 'publish-render' in f[0] and any('org/govsite' in x for x in f):
        rtot+=n
        if any('topEntries' in x for x in f): rc['top entries of channels (feed, home, blocks)']+=n
        elif any('countEntries' in x or 'CatalogQueries.entries' in x for x in f): rc['list entries and counts']+=n
        elif any('org/postgresql' in x for x in f): rc['other queries']+=n
        elif any('FolderWriter' in x for x in f): rc['file writes']+=n
        else: rc['rendering, conversion, other']+=n
print("publish-worker, during a job (%d samples of 1 ms wall):"%tot)
for k,v in c.most_common(): print("  %5.1f%%  %s"%(100*v/tot,k))
print("render threads, with a page to do (%d samples):"%rtot)
for k,v in rc.most_common(): print("  %5.1f%%  %s"%(100*v/rtot,k))
