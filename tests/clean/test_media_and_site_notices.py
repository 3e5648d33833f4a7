"""Media labels ("[Video] [Photo]"), share bars with a label ("Share: Print") and a
government site's ownership notice are furniture; prose that mentions such words is not."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.clean.furniture import is_furniture
from concord.document import Document

BODY = ("Thailand and Laos open a third bridge over the Mekong\n\n"
        "Officials from Thailand and Laos opened a new bridge across the Mekong on Friday, linking "
        "Bueng Kan province with Bolikhamxay.\n\n"
        "The crossing is expected to cut freight times between the two countries by several hours, "
        "transport officials said.")
LAST = "transport officials said."


@pytest.mark.parametrize("line", ["[Video] [Photo]", "[Photos]", "[ Video ]", "[Gallery] [Audio]",
                                  "Share: Print", "Share: Email | Facebook | Twitter"])
def test_media_labels_and_share_bars_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Share prices rose in Bangkok on Friday.", "[Video] of the ceremony was shown."])
def test_prose_with_those_words_is_not(line):
    assert not is_furniture(line)


def test_a_site_ownership_notice_at_the_foot_goes():
    notice = ("This website is maintained by the Office of Public Affairs within the Department of State. "
              "External links to other Internet sites should not be construed as an endorsement of the "
              "views or privacy policies contained therein.")
    doc = clean_document(Document(source="bridge.txt", original=f"{BODY}\n\n{notice}", format="txt"))
    assert doc.text.endswith(LAST)


def test_a_media_label_under_the_headline_goes():
    head, rest = BODY.split("\n\n", 1)
    doc = clean_document(Document(source="bridge.txt", original=f"{head}\n\n[Video] [Photo]\n\n{rest}",
                                  format="txt"))
    assert "[Video]" not in doc.text and doc.title.startswith("Thailand and Laos")
