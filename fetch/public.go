package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// A feed is written by someone else: its links could lead a server that
// reads it to pages on the server's own network, whose text would then be
// served as evidence. Config.PublicOnly guards against that, and pollers
// set it for the items of a feed that is itself on a public address
// (IsPublicHost).

// errNotPublic is the reason a connection was refused under PublicOnly.
var errNotPublic = errors.New("not a public address")

// public reports whether ip is an address of the public internet: not
// loopback, private (RFC 1918, fc00::/7), link-local, multicast or
// unspecified.
func public(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsValid() && !ip.IsLoopback() && !ip.IsPrivate() && !ip.IsLinkLocalUnicast() &&
		!ip.IsLinkLocalMulticast() && !ip.IsInterfaceLocalMulticast() && !ip.IsMulticast() && !ip.IsUnspecified() &&
		!netip.MustParsePrefix("100.64.0.0/10").Contains(ip) // carrier-grade NAT
}

// IsPublicHost reports whether every address that host (a name or an IP
// address, without a port) has is public. A name that does not resolve is
// not public.
func IsPublicHost(ctx context.Context, host string) bool {
	if ip, err := netip.ParseAddr(host); err == nil {
		return public(ip)
	}
	if host == "localhost" {
		return false
	}
	ips, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil || len(ips) == 0 {
		return false
	}
	for _, ip := range ips {
		if !public(ip) {
			return false
		}
	}
	return true
}

// publicClient is an HTTP client that connects to public addresses only:
// the address is checked as the connection is made, so neither a redirect
// nor a name that resolves elsewhere leads past it.
func publicClient(timeout time.Duration) *http.Client {
	d := &net.Dialer{Timeout: timeout, Control: func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil || !public(ap.Addr()) {
			return fmt.Errorf("%s: %w", address, errNotPublic)
		}
		return nil
	}}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.Proxy = nil // a proxy would connect in our place, unchecked
	tr.DialContext = d.DialContext
	return &http.Client{Timeout: timeout, Transport: tr}
}
