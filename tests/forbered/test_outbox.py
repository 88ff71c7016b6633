"""The outbox: a sheet is written to disk first and delivered once; the service being down loses nothing."""

import httpx

from forbered.outbox import Outbox

SHEET = {"sheet_id": "sheet-abc12345", "conversation_id": "c1"}


class FakeService:
    def __init__(self, answers):
        self.answers = list(answers)
        self.received = []

    def __call__(self, url, json, headers, timeout):
        self.received.append((json, headers))
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer, request=httpx.Request("POST", url))


def test_delivered_once_and_removed(tmp_path):
    box = Outbox(tmp_path, "http://127.0.0.1:1/api/sheets/import", "tok")
    box.put(SHEET)
    svc = FakeService([201])
    assert box.deliver_once(svc) == 1
    assert box.pending() == [] and svc.received[0][1]["Authorization"] == "Bearer tok"
    assert box.deliver_once(svc) == 0


def test_service_down_keeps_the_sheet_until_it_is_back(tmp_path):
    box = Outbox(tmp_path, "http://127.0.0.1:1/x", "tok")
    box.put(SHEET)
    box.put({**SHEET, "sheet_id": "sheet-def67890"})
    svc = FakeService([httpx.ConnectError("down")])
    assert box.deliver_once(svc) == 0 and len(box.pending()) == 2
    svc = FakeService([503])
    assert box.deliver_once(svc) == 0 and len(box.pending()) == 2
    svc = FakeService([201, 200])
    assert box.deliver_once(svc) == 2 and box.pending() == []


def test_a_refused_sheet_does_not_block_the_queue(tmp_path):
    box = Outbox(tmp_path, "http://127.0.0.1:1/x", "tok")
    box.put(SHEET)
    box.put({**SHEET, "sheet_id": "sheet-def67890"})
    svc = FakeService([404, 201])
    assert box.deliver_once(svc) == 1
    assert box.pending() == [] and len(list(tmp_path.glob("*.rejected"))) == 1
