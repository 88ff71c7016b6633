import pytest

from forbered.privacy import has_pii, mask_pii


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mit cpr er 010190-1234", "mit cpr er [CPR-nummer]"),
        ("CPR 0101901234 tak", "CPR [CPR-nummer] tak"),
        ("ring på 12 34 56 78", "ring på [telefonnummer]"),
        ("ring på +45 12345678", "ring på [telefonnummer]"),
        ("skriv til anna.b@example.dk", "skriv til [e-mail]"),
        ("Livslinien 70 201 201 hjælper", "Livslinien 70 201 201 hjælper"),
        ("ring 112", "ring 112"),
        ("jeg er 24 år og bor i nr 12", "jeg er 24 år og bor i nr 12"),
    ],
)
def test_mask(text, expected):
    assert mask_pii(text) == expected


def test_invalid_date_is_not_cpr():
    assert not has_pii("bestilling 9913991234")  # day 99 is no date; 10 digits is no phone either
