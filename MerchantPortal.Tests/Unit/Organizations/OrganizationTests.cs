using MerchantPortal.Domain;
using MerchantPortal.Domain.Organizations;

namespace MerchantPortal.Tests.Unit.Organizations;

public class OrganizationTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Create_MakesTheCreatorTheOnlyOwner()
    {
        var organization = Organization.Create("  杭州示例科技有限公司 ", "owner", Now);

        Assert.Equal("杭州示例科技有限公司", organization.Name);
        var member = Assert.Single(organization.Members);
        Assert.Equal(MemberRole.Owner, member.Role);
        Assert.Equal("owner", organization.OwnerUserId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_BlankName_IsRefused(string name)
    {
        var error = Assert.Throws<DomainException>(() => Organization.Create(name, "owner", Now));
        Assert.Equal(DomainErrors.OrganizationNameInvalid, error.Code);
    }

    [Fact]
    public void Create_NameTooLong_IsRefused() =>
        Assert.Throws<DomainException>(() => Organization.Create(new string('名', Organization.MaxNameLength + 1), "owner", Now));

    [Fact]
    public void TransferOwnership_SwapsRoles_AndLeavesExactlyOneOwner()
    {
        var organization = Organization.Create("单位", "owner", Now);
        organization.AddStaff("colleague", Now);
        var before = organization.Version;

        organization.TransferOwnership("owner", "colleague");

        Assert.Equal("colleague", organization.OwnerUserId);
        Assert.Single(organization.Members, m => m.Role == MemberRole.Owner);
        Assert.NotEqual(before, organization.Version);
    }

    [Fact]
    public void TransferOwnership_ByStaff_IsRefused()
    {
        var organization = Organization.Create("单位", "owner", Now);
        organization.AddStaff("colleague", Now);

        var error = Assert.Throws<DomainException>(() => organization.TransferOwnership("colleague", "colleague"));

        Assert.Equal(DomainErrors.OwnerOnly, error.Code);
        Assert.Equal("owner", organization.OwnerUserId);
    }

    [Fact]
    public void TransferOwnership_ToNonMember_IsRefused()
    {
        var organization = Organization.Create("单位", "owner", Now);

        var error = Assert.Throws<DomainException>(() => organization.TransferOwnership("owner", "stranger"));

        Assert.Equal(DomainErrors.NotAMember, error.Code);
    }

    [Fact]
    public void RemoveMember_Owner_IsRefused()
    {
        var organization = Organization.Create("单位", "owner", Now);

        var error = Assert.Throws<DomainException>(() => organization.RemoveMember("owner", "owner"));

        Assert.Equal(DomainErrors.CannotRemoveOwner, error.Code);
        Assert.Single(organization.Members);
    }

    [Fact]
    public void RemoveMember_Staff_ByOwner_Removes()
    {
        var organization = Organization.Create("单位", "owner", Now);
        organization.AddStaff("colleague", Now);

        organization.RemoveMember("owner", "colleague");

        Assert.False(organization.IsMember("colleague"));
    }

    [Fact]
    public void RemoveMember_ByStaff_IsRefused()
    {
        var organization = Organization.Create("单位", "owner", Now);
        organization.AddStaff("a", Now);
        organization.AddStaff("b", Now);

        Assert.Throws<DomainException>(() => organization.RemoveMember("a", "b"));
        Assert.True(organization.IsMember("b"));
    }

    [Fact]
    public void AddStaff_Twice_IsRefused()
    {
        var organization = Organization.Create("单位", "owner", Now);
        organization.AddStaff("colleague", Now);

        var error = Assert.Throws<DomainException>(() => organization.AddStaff("colleague", Now));

        Assert.Equal(DomainErrors.AlreadyMember, error.Code);
    }
}
