"""Which of the laptop's addresses the server listens on when the facilitator does not say.

The default is the local network only: private IPv4 ranges (a hotspot, the venue's
Wi-Fi) and link-local ones, never an address reachable from the internet, and not
the loopback (phones cannot reach it). With no local network at all it falls back to
127.0.0.1, so the facilitator can at least try the page on the laptop.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

LOOPBACK = "127.0.0.1"
_PRIVATE = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
_LINK_LOCAL = ipaddress.ip_network("169.254.0.0/16")


def is_local_network(address: str) -> bool:
    """Is ``address`` an IPv4 address of a private or link-local network?"""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if ip.version != 4:
        return False  # IPv6 addresses are often global; phones find IPv4 on a hotspot
    return any(ip in network for network in _PRIVATE) or ip in _LINK_LOCAL


def is_loopback(address: str) -> bool:
    """Is ``address`` (a peer's, IPv4 or IPv6, IPv4-mapped included) this machine itself?"""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_loopback


def default_addresses(candidates: Iterable[str]) -> list[str]:
    """The local-network addresses among ``candidates`` (the machine's), else the loopback."""
    chosen = sorted({a for a in candidates if is_local_network(a)}, key=_order)
    return chosen or [LOOPBACK]


def _order(address: str) -> tuple[int, ipaddress.IPv4Address]:
    ip = ipaddress.IPv4Address(address)
    return (1 if ip in _LINK_LOCAL else 0, ip)  # link-local last: rarely what phones use


def page_url(address: str, port: int) -> str:
    """The address phones type (or scan) for the page."""
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}/"
