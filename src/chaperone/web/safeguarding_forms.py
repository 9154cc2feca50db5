"""The forms of reporting (D2), the review queue (D1), concerns, cases and contact notes (C1, C2)
and photos (S6). They check the shape of input; the actions decide the rest."""

from __future__ import annotations

from django import forms

from chaperone.cases.models import CaseEntry, Concern
from chaperone.web.forms import Described, PeopleChoiceField, PersonChoiceField

URGENCY_LABELS = {
    Concern.Urgency.LOW: "Not urgent",
    Concern.Urgency.MEDIUM: "Soon, in the next day or two",
    Concern.Urgency.HIGH: "Urgent: today",
    Concern.Urgency.IMMEDIATE: "Right now: someone could be hurt",
}
CATEGORIES = [
    ("general", "Something else, or I am not sure"),
    ("bullying", "Bullying or unkind messages"),
    ("online", "Something online that worried me"),
    ("behaviour", "How an adult or another member behaves"),
    ("wellbeing", "Someone's safety or wellbeing"),
]
OUTCOME_LABELS = {
    CaseEntry.Outcome.NO_FURTHER_ACTION: "No further action",
    CaseEntry.Outcome.MONITOR: "Monitor",
    CaseEntry.Outcome.INTERNAL_ACTION: "Internal action",
    CaseEntry.Outcome.SOCIAL_CARE: "Referral to children's social care",
    CaseEntry.Outcome.POLICE: "Referral to the police",
    CaseEntry.Outcome.CEOP: "Referral to CEOP",
    CaseEntry.Outcome.LADO: "Referral to the designated officer (allegation against staff)",
}
ENTRY_KINDS = [
    (CaseEntry.Kind.TRIAGE.value, "Triage decision (needs an outcome)"),
    (CaseEntry.Kind.NOTE.value, "Note on the chronology"),
    (CaseEntry.Kind.CLOSED.value, "Close the case"),
]
DECISION_LABELS = {
    "approve": "Approve",
    "request_edit": "Ask for an edit",
    "remove": "Remove",
    "dismiss": "Dismiss the report",
}


class ReportForm(Described, forms.Form):
    reason = forms.CharField(
        label="What is wrong? A few words are enough.",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say what is wrong, in a few words."},
    )


class ReviewForm(Described, forms.Form):
    """One item's decision; the form's prefix is the item's id, so every item's fields have
    their own ids on the queue page."""

    decision = forms.ChoiceField(choices=list(DECISION_LABELS.items()), widget=forms.HiddenInput)
    reason = forms.CharField(
        label="Reason (needed to remove or to ask for an edit; the author is told)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    version = forms.IntegerField(min_value=0, max_value=2**31 - 1, widget=forms.HiddenInput)


class ConcernForm(Described, forms.Form):
    summary = forms.CharField(
        label="What is worrying you?",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Tell us what is worrying you, in your own words."},
    )
    about = PersonChoiceField(
        queryset=None,
        label="Who is it about? (you can leave this empty)",
        required=False,
        empty_label="No one in particular, or I would rather not say",
    )
    category = forms.ChoiceField(label="What is it about?", choices=CATEGORIES, initial="general")
    urgency = forms.ChoiceField(
        label="How soon should someone look at it?",
        choices=[(k.value, v) for k, v in URGENCY_LABELS.items()],
        initial=Concern.Urgency.MEDIUM.value,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["about"].queryset = people


class CaseEntryForm(Described, forms.Form):
    kind = forms.ChoiceField(
        label="What to add", choices=ENTRY_KINDS, widget=forms.RadioSelect, initial="triage"
    )
    outcome = forms.ChoiceField(
        label="Outcome (for a triage decision)",
        required=False,
        choices=[("", "No outcome")] + [(k.value, v) for k, v in OUTCOME_LABELS.items()],
    )
    text = forms.CharField(
        label="Notes (what was decided, and why)",
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class NoteForm(Described, forms.Form):
    text = forms.CharField(
        label="Contact note (part of the record; it cannot be changed later)",
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class PhotoForm(Described, forms.Form):
    file = forms.FileField(label="Picture (JPEG or PNG)")
    depicted = PeopleChoiceField(
        queryset=None,
        label="Young people in the picture",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["depicted"].queryset = people
