"""Who is told what after a review decision (D1). The messages say what happened and why,
never the removed text itself."""

from __future__ import annotations

from chaperone.moderation.models import Reviewable, ReviewScore


def tell_about_decision(item: Reviewable, decision: str, reason: str, actor) -> None:
    from chaperone.notifications.actions import notify, notify_many

    org = item.organisation
    message = item.message
    if message is None:
        reporters = _reporters(item)
        if reporters and decision == "dismiss":
            notify_many(
                reporters,
                kind="report_reviewed",
                organisation=org,
                subject="We looked at your report",
                body="Thank you for telling us. A designated person looked at what you "
                "reported and decided no action was needed. If you are still "
                f"worried, talk to {_lead_name(org)}.",
            )
        return
    where = message.space.name
    if decision == "request_edit":
        notify(
            message.sender,
            kind="moderation_edit_requested",
            organisation=org,
            subject="Please edit your message",
            body=f"A moderator asked you to edit your message in {where} before anyone sees "
            f"it.\n\nWhy: {reason}",
        )
    elif decision == "remove":
        from chaperone.moderation.actions import people_affected

        notify(
            message.sender,
            kind="moderation_removed",
            organisation=org,
            subject="Your message was removed",
            body=f"A moderator removed your message in {where}.\n\nWhy: {reason}\n\n"
            "It is kept for the record but no one else can see it.",
        )
        affected, parents = people_affected(message)
        if affected:
            notify_many(
                affected,
                kind="moderation_removed",
                organisation=org,
                subject=f"A message in {where} was removed",
                body=f"A moderator removed a message in {where}.\n\nWhy: {reason}\n\n"
                f"If it worried you, talk to {_lead_name(org)}.",
            )
        if parents:
            notify_many(
                parents,
                kind="moderation_removed",
                organisation=org,
                subject=f"A message involving your child was removed from {where}",
                body=f"A moderator removed a message in {where} that involved your "
                f"child.\n\nWhy: {reason}\n\nIf you have questions, contact "
                f"{_lead_name(org)}.",
            )
    elif decision == "approve":
        pass  # the message goes on its way; nobody needs telling


def _reporters(item: Reviewable):
    from chaperone.orgs.models import Person

    ids = ReviewScore.objects.filter(reviewable=item, reporter__isnull=False).values("reporter_id")
    return list(Person.objects.filter(pk__in=ids, is_active=True))


def _lead_name(org) -> str:
    lead = org.welfare_lead
    return f"{lead.display_name} ({lead.email})" if lead else "the welfare lead"
