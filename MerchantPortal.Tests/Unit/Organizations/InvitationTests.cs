using MerchantPortal.Domain;
using MerchantPortal.Domain.Organizations;

namespace MerchantPortal.Tests.Unit.Organizations;

public class InvitationTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    private static Invitation NewInvitation() =>
        Invitation.Create(Guid.NewGuid(), " Colleague@Example.TEST ", "hash", "owner", "zh-CN", Now);

    [Fact]
    public void Create_NormalizesEmail_AndExpiresAfterSevenDays()
    {
        var invitation = NewInvitation();

        Assert.Equal("colleague@example.test", invitation.Email);
        Assert.Equal(Now.AddDays(7), invitation.ExpiresAtUtc);
    }

    [Fact]
    public void Accept_ForTheInvitedAddress_InAnyCase_Works()
    {
        var invitation = NewInvitation();

        invitation.Accept("COLLEAGUE@example.test", Now.AddDays(1));

        Assert.Equal(Now.AddDays(1), invitation.AcceptedAtUtc);
        Assert.False(invitation.IsOpen(Now.AddDays(1)));
    }

    [Fact]
    public void Accept_Twice_IsRefused()
    {
        var invitation = NewInvitation();
        invitation.Accept("colleague@example.test", Now);

        var error = Assert.Throws<DomainException>(() => invitation.Accept("colleague@example.test", Now));

        Assert.Equal(DomainErrors.InvitationInvalid, error.Code);
    }

    [Fact]
    public void Accept_AfterExpiry_IsRefused()
    {
        var invitation = NewInvitation();

        Assert.Throws<DomainException>(() => invitation.Accept("colleague@example.test", Now + Invitation.Lifetime));
    }

    [Fact]
    public void Accept_ByAnotherAddress_IsRefused()
    {
        var invitation = NewInvitation();

        var error = Assert.Throws<DomainException>(() => invitation.Accept("someone-else@example.test", Now));

        Assert.Equal(DomainErrors.InvitationEmailMismatch, error.Code);
        Assert.True(invitation.IsOpen(Now));
    }

    [Fact]
    public void Accept_AfterRevoke_IsRefused()
    {
        var invitation = NewInvitation();
        invitation.Revoke(Now);

        Assert.Throws<DomainException>(() => invitation.Accept("colleague@example.test", Now));
    }
}
