#pragma once

// How a GET is to be served, shared by the queue and the client.
// In increasing urgency; first come, first served within each.
enum class FetchPriority {
    Low, // still wanted, but nobody is near it (a card scrolled far away): after the rest
    Normal,
    High, // jumps the queue: someone is looking at it, or a not-found row waits for it
};

enum class CacheUse {
    Prefer, // a fresh cached answer is used without taking a slot
    Refresh, // always asks the network (and refreshes the cache)
};
