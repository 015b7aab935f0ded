"""Steps the browser tests share."""


def sign_in(page, base, username, password="amity-demo"):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")
