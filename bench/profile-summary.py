#!/usr/bin/env python3
"""Summarizes a collapsed async-profiler CPU profile taken with `threads,ann` (bench/profile.sh).

Prints the samples by thread, by kind of work (the JIT compiling, the interpreter, compiled code,
native code, the kernel, the garbage collector and other VM threads, method-handle and lambda
linkage, class loading), and the hookctl methods that the samples of hookctl's own threads (main
and the workers) are in; every percentage is of all samples.
usage: bench/profile-summary.py PROFILE.collapsed [TOP=15]
"""
import re
import sys
from collections import Counter


def thread_of(frames):
    """'[hookctl-lint tid=123]' -> 'hookctl-lint'; numbered VM threads ('GC Thread#1') as one. A
    thread that ended before the profile was written has no name in it: the JIT's are told by
    their frames."""
    name = re.sub(r'\s*tid=\d+\]$', '', frames[0]).lstrip('[')
    name = re.sub(r'#?\d+$', '', name).strip()
    if name:
        return name
    if any('CompileBroker::' in x for x in frames):
        return 'C1 CompilerThre (ended)'
    return '(thread without a name)'


def kind_of(thread, frames):
    if 'Compiler' in thread:
        return 'JIT compiler threads'
    if thread.startswith('GC Thread') or thread in ('VM Thread', 'VM Periodic Task Thread'):
        return 'GC and VM threads'
    text = ';'.join(frames)
    if 'java/lang/invoke/' in text or 'LambdaProxyClassArchive' in text or 'objectweb/asm' in text:
        return 'lambda and method-handle linkage'
    if 'SystemDictionary::' in text or 'ClassFileParser' in text or 'ClassLoader.loadClass' in text:
        return 'class loading'
    leaf = frames[-1]
    if leaf.endswith('_[0]'):
        return 'interpreted Java'
    if leaf[-4:] in ('_[j]', '_[i]', '_[1]'):
        return 'compiled Java'
    if leaf.endswith('_[k]'):
        return 'kernel'
    return 'native (VM, libc, stubs)'


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    threads, kinds, methods = Counter(), Counter(), Counter()
    total = 0
    with open(path) as f:
        for line in f:
            stack, _, count = line.rstrip('\n').rpartition(' ')
            if not stack:
                continue
            n = int(count)
            frames = stack.split(';')
            thread = thread_of(frames)
            total += n
            threads[thread] += n
            kinds[kind_of(thread, frames[1:] or frames)] += n
            if thread.startswith('hookctl-') or thread in ('main', 'DestroyJavaVM'):
                own = [re.sub(r'_\[.\]$', '', x) for x in frames if x.startswith('dev/hookctl/')
                       and '$$Lambda' not in x]
                methods[own[-1] if own else '(outside hookctl)'] += n
    if total == 0:
        print('no samples')
        return

    def show(title, counter, limit):
        print(title)
        for key, n in counter.most_common(limit):
            print('  %6d  %5.1f%%  %s' % (n, 100.0 * n / total, key))

    print('%d samples' % total)
    show('by thread:', threads, top)
    show('by kind of work:', kinds, top)
    show("hookctl's threads (main and workers), innermost hookctl method:", methods, top)


if __name__ == '__main__':
    main()
