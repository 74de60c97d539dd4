"""A forum thread scraped as text, each post under its number ("#2") and header (date, member, rank, post count),
the members' thanks line under a post naming its writer ("The Following 11 Users Say Thank You to NAME For This
Useful Post:"). SPEC reads a thread for its top reply: the most-thanked post, not the first reply, which may say
nothing ("Subscribed, same problem"). Its writer is the author and its points are the tips (issue 16, round 14).
Our own words and names."""

from __future__ import annotations

from pipeline.stages.tips import split_text
from tests.conftest import segment_page

THREAD = """Hillwalkers' Forum > Gear > Boots
Thread: Stopping new boots from rubbing on the heel?

#1
Old 03-04-2024, 07:10 PM
peat_bog_pat
Junior Member
Posts: 4
Stopping new boots from rubbing on the heel?
Bought leather boots for the Munros this summer and after three miles my heels are raw. Anything I can do?
Reply With Quote

#2
Old 03-04-2024, 07:42 PM
scree_runner
Member
Posts: 310
Same here with mine. Watching this thread.
Reply With Quote

#3
Old 03-04-2024, 09:05 PM
Oddrun Kvalheim
Senior Member
Posts: 4,112
Heel rub is nearly always the foot moving inside the boot. What sorted it for me:

Lace them with a heel lock through the top two eyelets so the heel cannot lift.
Wear a thin liner sock under the walking sock so the two layers slide, not your skin.
Walk them in around town for a fortnight before any hill day.
Tape the back of each heel before you set off, not once it already hurts.

Give it two weeks and they will feel like slippers.
__________________
Oddrun
Reply With Quote
The Following 11 Users Say Thank You to Oddrun Kvalheim For This Useful Post:
peat_bog_pat, scree_runner, ...

#4
Old 04-04-2024, 08:15 AM
peat_bog_pat
Junior Member
Posts: 5
Thank you! The heel lock made a big difference already.
Reply With Quote
"""


def test_the_most_thanked_reply_writes_the_thread():
    [article] = segment_page(THREAD)
    assert article.author == "Oddrun Kvalheim"


def test_the_most_thanked_replys_points_are_the_tips():
    [article] = segment_page(THREAD)
    assert [t.headline.rstrip(".") for t in split_text(article.text, title=article.title).tips] == [
        "Lace them with a heel lock through the top two eyelets so the heel cannot lift",
        "Wear a thin liner sock under the walking sock so the two layers slide, not your skin",
        "Walk them in around town for a fortnight before any hill day",
        "Tape the back of each heel before you set off, not once it already hurts"]
