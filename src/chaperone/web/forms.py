"""The pages' forms: they parse and check the shape of input; the actions decide the rest."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from chaperone.messaging.actions.send import MAX_BODY
from chaperone.policy import Channel, Role, SpaceKind

CHANNEL_LABELS = {
    Channel.MESSAGES: "Messages on Chaperone",
    Channel.EMAIL: "Email",
    Channel.SMS: "Text messages",
    Channel.VIDEO: "Video sessions",
    Channel.PHOTOS: "Photos and videos that show them",
}
ROLE_LABELS = {
    Role.ADMIN: "admin",
    Role.DSL: "safeguarding lead",
    Role.STAFF: "staff",
    Role.VOLUNTEER: "volunteer",
    Role.PARENT: "parent or guardian",
    Role.YOUNG_PERSON: "young person",
    Role.ADULT_PARTICIPANT: "adult member",
}
SPACE_KINDS = [
    (SpaceKind.GROUP.value, "Group: several members talking"),
    (SpaceKind.ANNOUNCEMENT.value, "Announcements: information only; replies go to staff"),
    (SpaceKind.STAFF_INBOX.value, "Staff inbox: where replies to announcements land"),
]


class Described:
    """Ties each field's error message to its input (``aria-describedby``), as screen readers
    need; the template gives the message the id ``<field id>-error``."""

    def add_error(self, field, error):
        super().add_error(field, error)
        for name in list(self.errors):
            if name in self.fields:
                self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}-error"


class SignInForm(Described, AuthenticationForm):
    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def clean_username(self):
        return self.cleaned_data["username"].strip().lower()


class CodeForm(Described, forms.Form):
    code = forms.CharField(
        label="6-digit code from your authenticator app",
        min_length=6,
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class MessageForm(Described, forms.Form):
    body = forms.CharField(
        label="Your message",
        max_length=MAX_BODY,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    override_reason = forms.CharField(
        label="Send now despite quiet hours: reason (safeguarding lead only, kept on the record)",
        required=False,
        max_length=500,
    )


class EditForm(Described, forms.Form):
    body = forms.CharField(
        label="New text", max_length=MAX_BODY, strip=False, widget=forms.Textarea(attrs={"rows": 4})
    )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, person):
        label = ROLE_LABELS.get(Role(person.role), person.role)
        if person.role == Role.YOUNG_PERSON and person.date_of_birth:
            return f"{person.display_name} ({label}, {person.age()})"
        return f"{person.display_name} ({label})"


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    label_from_instance = PersonChoiceField.label_from_instance


class DirectForm(Described, forms.Form):
    person = PersonChoiceField(queryset=None, label="Who do you want to talk to?")
    purpose = forms.CharField(
        label="What is the contact for? (a parent approves this purpose)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people


class SpaceForm(forms.Form):
    kind = forms.ChoiceField(
        label="Kind of space", choices=SPACE_KINDS, widget=forms.RadioSelect, initial="group"
    )
    name = forms.CharField(label="Name", max_length=120)
    description = forms.CharField(
        label="What is it for? (optional)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    members = PeopleChoiceField(
        queryset=None, label="Members", required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = people


class ConsentForm(forms.Form):
    channel = forms.ChoiceField(choices=[(c.value, CHANNEL_LABELS[c]) for c in Channel])
    granted = forms.TypedChoiceField(
        choices=[("yes", "grant"), ("no", "withdraw")], coerce=lambda v: v == "yes"
    )


class DecisionForm(forms.Form):
    approved = forms.TypedChoiceField(
        choices=[("yes", "approve"), ("no", "decline")], coerce=lambda v: v == "yes"
    )


class PurposeForm(Described, forms.Form):
    purpose = forms.CharField(
        label="Purpose of this contact (a parent approves it)",
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
