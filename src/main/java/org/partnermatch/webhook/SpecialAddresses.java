package org.partnermatch.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address blocks a webhook must not reach unless an operator allows them ({@code allowed-addresses}): everything
 * that is not a public unicast address (RFC 6890 and its IPv6 counterparts). An IPv6 address that carries an IPv4
 * address (IPv4-compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is judged by the IPv4
 * address it reaches too; an IPv4-mapped one ({@code ::ffff:a.b.c.d}) already arrives as that IPv4 address, since
 * {@link InetAddress} converts it. Pure: no DNS, no settings.
 */
public final class SpecialAddresses {

    private record Block(AddressRange range, String kind) {
    }

    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0/8", "unspecified"),
            block("10.0.0.0/8", "private"),
            block("100.64.0.0/10", "shared (carrier-grade NAT)"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.0.0/16", "link-local"),
            block("172.16.0.0/12", "private"),
            block("192.0.0.0/24", "reserved"),
            block("192.0.2.0/24", "reserved"),
            block("192.168.0.0/16", "private"),
            block("198.18.0.0/15", "reserved"),
            block("198.51.100.0/24", "reserved"),
            block("203.0.113.0/24", "reserved"),
            block("224.0.0.0/4", "multicast"),
            block("240.0.0.0/4", "reserved"),
            block("::/128", "unspecified"),
            block("::1/128", "loopback"),
            block("100::/64", "reserved"),
            block("2001:db8::/32", "reserved"),
            block("fc00::/7", "private"),
            block("fe80::/10", "link-local"),
            block("fec0::/10", "private"),
            block("ff00::/8", "multicast"));

    private static final AddressRange COMPATIBLE = AddressRange.of("::/96");
    private static final AddressRange NAT64 = AddressRange.of("64:ff9b::/96");
    private static final AddressRange SIX_TO_FOUR = AddressRange.of("2002::/16");

    private SpecialAddresses() {
    }

    private static Block block(String cidr, String kind) {
        return new Block(AddressRange.of(cidr), kind);
    }

    /** What kind of non-public address this is ("loopback", "private", …), or null for a public unicast address. */
    public static String kind(InetAddress address) {
        for (Block block : BLOCKS) {
            if (block.range().contains(address)) {
                return block.kind();
            }
        }
        InetAddress embedded = embeddedIpv4(address);
        return embedded == null ? null : kind(embedded);
    }

    /** The IPv4 address an IPv6 transition form carries, or null. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] bytes = address.getAddress();
        byte[] v4;
        // IPv4-mapped addresses (::ffff:a.b.c.d) need no case: Java hands them over as the IPv4 address itself.
        if (COMPATIBLE.contains(address) || NAT64.contains(address)) {
            v4 = Arrays.copyOfRange(bytes, 12, 16);
        } else if (SIX_TO_FOUR.contains(address)) {
            v4 = Arrays.copyOfRange(bytes, 2, 6);
        } else {
            return null;
        }
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
