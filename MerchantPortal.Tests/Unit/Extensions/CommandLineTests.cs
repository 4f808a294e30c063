using MerchantPortal.Extensions;

namespace MerchantPortal.Tests.Unit.Extensions;

public class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "--demo" }, new string[0])]
    [InlineData(new[] { "--demo", "--urls", "http://127.0.0.1:6000" }, new[] { "--urls", "http://127.0.0.1:6000" })]
    [InlineData(new[] { "add-staff", "a@example.test", "Reviewer", "--Portal:DataDirectory=/srv" }, new[] { "--Portal:DataDirectory=/srv" })]
    [InlineData(new[] { "add-staff" }, new string[0])]
    [InlineData(new[] { "backup", "/srv/backups/today", "--Portal:DataDirectory", "/srv" }, new[] { "--Portal:DataDirectory", "/srv" })]
    [InlineData(new[] { "restore", "/srv/backups/today", "--to", "/srv/portal" }, new string[0])]
    public void HostArgs_HideThePortalsOwnWords_FromTheHost(string[] args, string[] expected) =>
        Assert.Equal(expected, PortalCommandLine.HostArgs(args));
}
