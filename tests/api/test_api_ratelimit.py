"""Token buckets per invitation token and per client IP (chat) and per IP (login): 429 in kind Danish."""

from __future__ import annotations

import pytest

from api.ratelimit import TokenBucketLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_a_burst_then_refills_at_the_rate():
    clock = Clock()
    bucket = TokenBucketLimiter(burst=3, per_minute=60, clock=clock)  # one token a second
    assert [bucket.hit("a") for _ in range(3)] == [0, 0, 0]
    wait = bucket.hit("a")
    assert wait == pytest.approx(1.0)
    assert bucket.hit("b") == 0  # keys are independent
    clock.now += 1.0
    assert bucket.hit("a") == 0
    assert bucket.hit("a") > 0
    clock.now += 100
    assert [bucket.hit("a") for _ in range(4)][:3] == [0, 0, 0]  # refills up to the burst, not beyond


def test_a_zero_burst_turns_the_limit_off():
    bucket = TokenBucketLimiter(burst=0, per_minute=0)
    assert all(bucket.hit("a") == 0 for _ in range(1000))


@pytest.fixture
def settings(settings):
    return settings.model_copy(
        update={
            "chat_token_burst": 3,
            "chat_token_per_minute": 1,
            "chat_ip_burst": 5,
            "chat_ip_per_minute": 1,
            "login_ip_burst": 2,
            "login_ip_per_minute": 1,
        }
    )


def test_chat_is_limited_per_token_then_per_ip(client, invite):
    first, second = invite("B-RL1")["token"], invite("B-RL2")["token"]
    codes = [client.get(f"/api/chat/{first}/history").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = client.get(f"/api/chat/{first}/history")
    assert refused.status_code == 429
    assert refused.json()["detail"].startswith("Du har skrevet mange beskeder på kort tid.")
    assert int(refused.headers["retry-after"]) >= 1
    # Another link from the same address still works until the address's own bucket (5) is empty.
    assert [client.get(f"/api/chat/{second}/history").status_code for _ in range(3)] == [200, 200, 429]


def test_guessing_tokens_runs_into_the_ip_limit(client):
    codes = [client.get(f"/api/chat/guess-{n}/history").status_code for n in range(7)]
    assert codes[:5] == [404] * 5 and codes[5:] == [429, 429]


def test_login_is_limited_per_ip(client, staff):
    body = {"email": "kontakt@forbered.dk", "password": "forkert"}
    codes = [client.post("/api/auth/login", json=body).status_code for _ in range(3)]
    assert codes == [401, 401, 429]
    form = client.post("/login", data=body, headers={"Accept": "text/html"})
    assert form.status_code == 429
    assert "Vent et øjeblik" in form.text and 'lang="da"' in form.text


def test_limits_can_be_switched_off(app, client, invite):
    from api.ratelimit import RateLimits

    app.state.rate_limits = RateLimits.from_settings(
        app.state.settings.model_copy(update={"rate_limit_enabled": False})
    )
    token = invite("B-RL3")["token"]
    assert {client.get(f"/api/chat/{token}/history").status_code for _ in range(20)} == {200}
