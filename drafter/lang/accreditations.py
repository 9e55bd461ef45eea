"""Accreditations: a certification granted as an accreditation, and the standards a body is accredited to
(ISO/IEC 17025, ISO 15189…) rather than certified to."""

from __future__ import annotations

ACCREDITATIONS = frozenset(("accreditation", "acreditación", "acreditação", "accréditation"))
"""A certification whose name says it is an accreditation is granted, not issued as a certificate:
"granted the accreditation", "concedió la acreditación", "concedeu-lhe a acreditação"."""


_ACCREDITATION_STANDARDS = frozenset(("15189", "17020", "17021", "17024", "17025", "17029", "17034", "17043", "17065"))
"""The numbers of the standards a laboratory or an inspection or certification body is accredited to, not
certified: ISO/IEC 17025 (testing and calibration laboratories), ISO 15189 (medical laboratories), ISO/IEC
17020, 17021, 17024, 17029, 17034, 17043 and 17065. An accreditation body (ENAC, UKAS, Cofrac, IPAC) grants
the accreditation: "obtiene la acreditación ISO/IEC 17025:2017", never "la certificación"."""


def accreditation_standard(code: str | None) -> bool:
    """Whether a standard's code (without its edition: "ISO/IEC 17025", "UNE-EN ISO 15189") is one a body
    is accredited to, by its number (:data:`_ACCREDITATION_STANDARDS`)."""
    if not code:
        return False
    return code.replace("-", " ").split()[-1] in _ACCREDITATION_STANDARDS
