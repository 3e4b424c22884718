"""When to check an attempt whose outcome is unknown, and when to stop waiting: a pure policy.

Like the gateway's RetryPolicy it is a small value tested without any clock: the attempt
pipeline asks it how long to wait before check number n and whether the cashier has waited
long enough. Giving up waiting never settles anything: the attempt stays open, blocks its
order, and the till's background sweep and its next start keep checking.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SettlePolicy"]


@dataclass(frozen=True, slots=True)
class SettlePolicy:
    """Waits grow from `first_wait` by `factor` up to `max_wait` seconds, each scaled by a
    jitter of ±`jitter` (so that several tills do not check in step); the foreground stops
    checking once `deadline` seconds have passed since the first check was scheduled."""

    first_wait: float = 0.5
    max_wait: float = 10.0
    factor: float = 2.0
    jitter: float = 0.2
    deadline: float = 90.0

    def __post_init__(self) -> None:
        if not 0 < self.first_wait <= self.max_wait:
            raise ValueError("need 0 < first_wait <= max_wait")
        if self.factor < 1 or not 0 <= self.jitter < 1 or self.deadline < 0:
            raise ValueError("need factor >= 1, 0 <= jitter < 1 and deadline >= 0")

    def wait(self, check_number: int, u: float) -> float:
        """Seconds before check `check_number` (1-based); `u` is uniform in [0, 1)."""
        if check_number < 1:
            raise ValueError("check_number starts at 1")
        base = min(self.first_wait * self.factor ** (check_number - 1), self.max_wait)
        return base * (1 + self.jitter * (2 * u - 1))

    def may_wait(self, elapsed: float, wait: float) -> bool:
        """Whether a check `wait` s from now still falls within the deadline (`elapsed` s in)."""
        return elapsed + wait <= self.deadline

    def schedule(self, us: list[float]) -> list[float]:
        """The waits the policy gives for one `u` per check, cut at the deadline (for tests
        and for the documentation of what a cashier sees)."""
        waits: list[float] = []
        elapsed = 0.0
        for number, u in enumerate(us, start=1):
            wait = self.wait(number, u)
            if not self.may_wait(elapsed, wait):
                break
            waits.append(wait)
            elapsed += wait
        return waits
