#pragma once
// limitAllocatorArenas: keeps the client's memory bounded while sync pages are parsed on one thread and applied on
// another.

namespace novamind {

// glibc gives every thread that allocates its own arena (up to 8 per core) and keeps freed memory in each of them:
// with a page parsed on the prefetch thread, read by cpprestsdk's pool and applied on the main thread, an initial
// sync of 122,795 records peaked at 318 MB; with two arenas at 150 MB and the same speed. Call first thing in
// main() of the client executables.
void limitAllocatorArenas();

} // namespace novamind
