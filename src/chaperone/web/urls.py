from django.urls import path

from chaperone.web.views import account, concerns, family, moderation, photos, spaces

app_name = "web"
urlpatterns = [
    path("login/", account.sign_in, name="login"),
    path("login/code/", account.sign_in_code, name="sign_in_code"),
    path("logout/", account.sign_out, name="logout"),
    path("account/two-factor/", account.two_factor, name="two_factor"),
    path("", spaces.home, name="home"),
    path("spaces/new/", spaces.new_space, name="new_space"),
    path("spaces/<int:space_id>/", spaces.space_page, name="space"),
    path("spaces/<int:space_id>/ask-again/", spaces.ask_again, name="ask_again"),
    path("spaces/<int:space_id>/report/", moderation.report_space, name="report_space"),
    path("messages/<int:message_id>/", spaces.message_page, name="message"),
    path("messages/<int:message_id>/report/", moderation.report_message, name="report_message"),
    path("people/<int:person_id>/", concerns.person_page, name="person"),
    path("people/<int:person_id>/report/", moderation.report_person, name="report_person"),
    path("report/sent/", moderation.report_sent, name="report_sent"),
    path("review/", moderation.review_queue, name="review_queue"),
    path("review/<int:item_id>/decision/", moderation.review_decide, name="review_decide"),
    path("concerns/new/", concerns.raise_concern, name="raise_concern"),
    path("concerns/sent/", concerns.concern_sent, name="concern_sent"),
    path("concerns/", concerns.concerns, name="concerns"),
    path("concerns/<int:concern_id>/case/", concerns.open_case, name="open_case"),
    path("cases/<int:case_id>/", concerns.case_page, name="case"),
    path("photos/", photos.photos, name="photos"),
    path("photos/new/", photos.upload_photo, name="upload_photo"),
    path("photos/<int:photo_id>/", photos.photo_page, name="photo"),
    path("photos/<int:photo_id>/image/", photos.photo_image, name="photo_image"),
    path("photos/<int:photo_id>/agree/", photos.agree_to_photo, name="agree_to_photo"),
    path("direct/", spaces.direct, name="direct"),
    path("children/<int:child_id>/", family.child_page, name="child"),
    path("children/<int:child_id>/consents/", family.record_consent, name="consent"),
    path(
        "contact-requests/<int:request_id>/decision/",
        family.decide_contact,
        name="decide_contact",
    ),
]
