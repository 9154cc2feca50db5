"""Every kind of event on the audit chain, numbered in ranges.

- 100-199 organisations and people
- 200-299 guardianships and consents
- 300-399 spaces and memberships
- 400-499 messages, versions and deliveries
- 500-599 overrides by a safeguarding lead
- 600-699 access: tokens, logins, two-factor
- 700-799 notifications and photos
- 800-849 moderation: reports, reviews, removals
- 850-899 concerns, cases, contact notes
"""

from enum import IntEnum, unique


@unique
class EventType(IntEnum):
    ORGANISATION_CREATED = 100
    ORGANISATION_SETTINGS_CHANGED = 101
    PERSON_CREATED = 110
    PERSON_CHANGED = 111

    GUARDIAN_LINKED = 200
    CONSENT_GRANTED = 210
    CONSENT_WITHDRAWN = 211

    SPACE_CREATED = 300
    MEMBER_ADDED = 310
    MEMBER_LEFT = 311
    CONTACT_REQUESTED = 320
    CONTACT_APPROVED = 321
    CONTACT_DECLINED = 322

    MESSAGE_SENT = 400
    MESSAGE_EDITED = 401
    MESSAGE_REDIRECTED = 402
    AUTO_REPLY_SENT = 403
    DELIVERY_RELEASED = 410
    DELIVERY_STOPPED = 411

    QUIET_HOURS_OVERRIDDEN = 500

    TOKEN_CREATED = 600
    TOKEN_REVOKED = 601
    TWO_FACTOR_ENABLED = 610

    PHOTO_UPLOADED = 700
    PHOTO_AGREED = 701

    REPORTED = 800
    HELD_FOR_REVIEW = 801
    REVIEW_APPROVED = 810
    REVIEW_EDIT_REQUESTED = 811
    REVIEW_REMOVED = 812
    REVIEW_DISMISSED = 813
    POST_DRAFTED = 820
    POST_EDITED = 821
    POST_APPROVED = 822
    POST_READY = 823

    CONCERN_RAISED = 850
    CASE_OPENED = 860
    CASE_VIEWED = 861
    CASE_ENTRY_ADDED = 862
    CONTACT_NOTE_ADDED = 870
