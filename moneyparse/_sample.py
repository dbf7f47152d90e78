"""A short news paragraph that ``moneyparse check --sample`` checks: no file, no download.

It quotes four conversions of the kind the press prints, with the figures of Alibaba's results
and investment plan of February 2025.  Against the ECB fixings of its publication day, three agree
with the market within the default 1% tolerance and one (``¥280.2 billion ($36.96 billion)``,
7.581 yuan per dollar against 7.2591) is 4.4% off, so ``check --sample`` exits with status 1.
"""

from __future__ import annotations

from datetime import date

__all__ = ["SAMPLE", "SAMPLE_PUBLISHED"]

#: The day the sample is dated: the ECB fixings of this day are its reference rates.
SAMPLE_PUBLISHED: date = date(2025, 2, 20)

#: The sample text.
SAMPLE: str = (
    "HANGZHOU, Feb. 20, 2025 — Alibaba will put $53 billion (¥380 billion) into cloud and "
    "AI infrastructure over the next three years, the group said on Thursday. Its capital "
    "spending for 2024 reached Rmb72.5bn (£8bn), against Rmb24bn (£2.6bn) a year before. "
    "Revenue for the December quarter grew 8% to ¥280.2 billion ($36.96 billion).\n"
)
