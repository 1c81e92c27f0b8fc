#pragma once
// RetryPolicy: exponential backoff with full jitter for network errors and 5xx replies.

#include <chrono>
#include <functional>

namespace novamind {

struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    std::chrono::milliseconds initialDelay{500};
    std::chrono::milliseconds maxDelay{30000};
    // The wait before attempt `attempt` (2, 3, ...): uniform in [0, min(maxDelay, initialDelay * 2^(attempt-2))].
    // `random01` returns a uniform double in [0, 1); defaults to a per-thread generator.
    std::chrono::milliseconds delayBefore(int attempt, const std::function<double()> &random01 = {}) const;
};

} // namespace novamind
