using System.Net;
using MerchantPortal.Infrastructure.Outbound;

namespace MerchantPortal.Tests.Unit.Outbound;

public class OutboundAddressesTests
{
    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("110.242.68.66", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2400:3200::1", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("::127.0.0.1", false)]
    [InlineData("2002:7f00:1::", false)]
    [InlineData("2001:0:4136:e378::1", false)]
    [InlineData("192.88.99.1", false)]
    public void OnlyPublicAddresses_AreCalled(string address, bool isPublic)
    {
        Assert.Equal(isPublic, OutboundAddresses.IsPublic(IPAddress.Parse(address)));
    }

    [Fact]
    public void TheAllowList_NamesAHost_OrAHostAndPort()
    {
        var policy = new OutboundAddresses(["localhost:5080", " receiver.internal "]);

        Assert.True(policy.IsAllowListed("localhost", 5080));
        Assert.False(policy.IsAllowListed("localhost", 5081));
        Assert.True(policy.IsAllowListed("RECEIVER.internal", 443));
        Assert.False(policy.IsAllowListed("127.0.0.1", 5080));
    }

    [Fact]
    public void TheOwnOrigin_IsAllowed_OnItsPortOnly_AndALoopbackBindingByAnyLoopbackName()
    {
        var policy = new OutboundAddresses([], () => [new Uri("http://127.0.0.1:41234"), new Uri("https://portal.example:8443")]);

        Assert.True(policy.IsAllowListed("127.0.0.1", 41234));
        Assert.True(policy.IsAllowListed("localhost", 41234));
        Assert.True(policy.IsAllowListed("::1", 41234));
        Assert.False(policy.IsAllowListed("127.0.0.1", 6379));
        Assert.True(policy.IsAllowListed("PORTAL.example", 8443));
        Assert.False(policy.IsAllowListed("portal.example", 443));
        Assert.False(policy.IsAllowListed("10.0.0.7", 41234));
    }

    [Fact]
    public void WithoutTheOwnOrigin_LoopbackStaysRefused()
    {
        var policy = new OutboundAddresses([]);

        Assert.False(policy.IsAllowListed("127.0.0.1", 41234));
    }
}
