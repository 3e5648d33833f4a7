"""Comment prompts and counters under a scraped article are furniture."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.clean.furniture import is_furniture
from concord.document import Document

ARTICLE = ("Malaysia and Indonesia set up a joint task force on haze\n\n"
           "Environment ministers from Malaysia and Indonesia agreed in Kuala Lumpur on Monday to share "
           "satellite data on peatland fires before the dry season.\n\n"
           "The task force will meet every month until October, the two ministries said in a joint note.")
LAST = "The task force will meet every month until October, the two ministries said in a joint note."


@pytest.mark.parametrize("prompt", [
    "Please log in to comment.", "Log in to post a comment", "Sign in or register to join the conversation",
    "Be the first to comment", "Be the first to comment on this story", "Join the conversation",
    "Join the discussion.", "7 comments", "No comments yet.", "One comment", "Show comments (4)",
    "View all 12 comments", "Comments are closed.", "Have your say", "Leave your comment",
    "Updated 3 hours ago", "Published 45 minutes ago", "Share this page:", "Comment on this story",
    "Share your thoughts below.", "Leave a comment below", "comments powered by Disqus",
    "Be the first to know - subscribe to our newsletter",
])
def test_comment_prompt_is_furniture(prompt):
    assert is_furniture(prompt)


@pytest.mark.parametrize("tail", [
    "Please log in to comment.\n\n2 comments",
    "Join the conversation\n\nReader123\n\nThis is long overdue, the smoke reached our town again last week.",
    "Be the first to comment\n\nLog in to post a comment",
])
def test_comment_section_is_removed(tail):
    doc = clean_document(Document(source="haze.txt", original=f"{ARTICLE}\n\n{tail}", format="txt"))
    assert doc.text.endswith(LAST)


@pytest.mark.parametrize("sentence", [
    "Comments from the public will be heard at the next meeting in Jakarta.",
    "Three comments by the minister drew attention from reporters.",
    "Join the conversation on haze, the minister urged provincial leaders.",
    "The ministry asked residents to sign up for the SMS alerts on fire hotspots.",
])
def test_sentences_about_comments_are_kept(sentence):
    assert not is_furniture(sentence)
