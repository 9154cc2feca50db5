"""The rules of SPEC.md as pure functions over plain data.

Nothing here imports Django or touches a database: callers gather facts (frozen dataclasses from
``facts``), ask a ``decide_*`` function, and act on the ``Decision`` it returns. Every refusal,
hold and warning the platform gives comes from here, with reasons that cite rule ids.
"""

from chaperone.policy.decision import (
    DeliveryKind,
    DeliveryState,
    EditDecision,
    Outcome,
    PlannedDelivery,
    Reason,
    ReleaseDecision,
    SendDecision,
    SpaceDecision,
)
from chaperone.policy.facts import (
    ADULT_ROLES,
    ORG_ADULT_ROLES,
    Channel,
    ConsentFacts,
    ContactApprovalFacts,
    MemberFacts,
    OrgSettings,
    Override,
    PersonFacts,
    Role,
    ScreeningFacts,
    SpaceFacts,
    SpaceKind,
    SpaceRole,
)
from chaperone.policy.hours import is_quiet, next_office_start
from chaperone.policy.messaging import (
    decide_add_member,
    decide_delete,
    decide_edit,
    decide_open_direct,
    decide_release,
    decide_send,
)

__all__ = [
    "ADULT_ROLES",
    "ORG_ADULT_ROLES",
    "Channel",
    "ConsentFacts",
    "ContactApprovalFacts",
    "DeliveryKind",
    "DeliveryState",
    "EditDecision",
    "MemberFacts",
    "OrgSettings",
    "Outcome",
    "Override",
    "PersonFacts",
    "PlannedDelivery",
    "Reason",
    "ReleaseDecision",
    "Role",
    "ScreeningFacts",
    "SendDecision",
    "SpaceDecision",
    "SpaceFacts",
    "SpaceKind",
    "SpaceRole",
    "decide_add_member",
    "decide_delete",
    "decide_edit",
    "decide_open_direct",
    "decide_release",
    "decide_send",
    "is_quiet",
    "next_office_start",
]
