using MerchantPortal.Infrastructure.Hosting;

namespace MerchantPortal.Tests.Unit.Hosting;

public class LocalReturnUrlTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("http:evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:someone@evil.example")]
    [InlineData("http://localhost.evil.example/")]
    public void ToLocalPath_NotALocalPath_IsHome(string? target) =>
        Assert.Equal("/", LocalReturnUrl.ToLocalPath(target, "http://localhost/"));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/review/cases/1?tab=2#top", "/review/cases/1?tab=2#top")]
    [InlineData("Account/Login", "/Account/Login")]
    [InlineData("http://localhost/Account/Manage?x=1", "/Account/Manage?x=1")]
    [InlineData("HTTP://LOCALHOST/notifications", "/notifications")]
    [InlineData("/a:b", "/a:b")]
    [InlineData("/组织", "/%E7%BB%84%E7%BB%87")]
    [InlineData("/😀", "/%F0%9F%98%80")]
    public void ToLocalPath_LocalPath_IsKept(string target, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.ToLocalPath(target, "http://localhost/"));

    [Fact]
    public void ToLocalPath_WithoutBaseUri_RefusesEveryAbsoluteAddress() =>
        Assert.Equal("/", LocalReturnUrl.ToLocalPath("http://localhost/Account/Manage"));
}
