using FluentValidation;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Requirements;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Catalogue;

public class RuleSetServiceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<T> Use<T>(Func<RuleSetService, Task<T>> action) => factory.WithServicesAsync(sp => action(sp.GetRequiredService<RuleSetService>()));

    /// <summary>Each test adds its own rule (the tests share one portal, and a rule already there would make the set repeat it).</summary>
    private static RuleSetInput With(RuleSetInput set, DocumentKind document, Domain.Onboarding.Industry industry)
    {
        set.Rules.Add(new RequirementRuleInput { Document = document, PlatformCodes = ["alipay"], Industries = [industry] });
        return set;
    }

    [Fact]
    public async Task APublishBasedOnAnOlderVersion_IsRefused_SoNoAdminUndoesAnothersUnseen()
    {
        var (first, second) = (await factory.CreateAccountAsync(PortalRoles.Admin, true), await factory.CreateAccountAsync(PortalRoles.Admin, true));
        var firstSet = await Use(s => s.CurrentAsync(first.Id));
        var secondSet = await Use(s => s.CurrentAsync(second.Id));
        var published = await Use(s => s.PublishAsync(first.Id, With(firstSet, DocumentKind.InteriorPhoto, Domain.Onboarding.Industry.Travel)));

        secondSet.Rules.RemoveAll(r => r.Document == DocumentKind.AuthorizationLetter);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Use(s => s.PublishAsync(second.Id, secondSet)));

        Assert.Equal((DomainErrors.RulesChangedMeanwhile, published), (refused.Code, (int)refused.Args[0]));
        Assert.Equal(published, (await Use(s => s.CurrentAsync(second.Id))).BasedOnVersion);
    }

    [Fact]
    public async Task PublishingTheSameRules_IsRefused()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, true);
        var set = await Use(s => s.CurrentAsync(admin.Id));
        set.Rules.Reverse();

        var refused = await Assert.ThrowsAsync<DomainException>(() => Use(s => s.PublishAsync(admin.Id, set)));

        Assert.Equal(DomainErrors.RulesUnchanged, refused.Code);
    }

    [Fact]
    public async Task AnInvalidSet_IsRefusedByTheServer_WhateverPlatformsTheCallerClaimsExist()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, true);
        var set = await Use(s => s.CurrentAsync(admin.Id));
        set.Rules.Add(new RequirementRuleInput { Document = DocumentKind.StorefrontPhoto, PlatformCodes = ["paypal"] });
        set.KnownPlatformCodes = ["paypal"];

        await Assert.ThrowsAsync<ValidationException>(() => Use(s => s.PublishAsync(admin.Id, set)));

        Assert.Equal(set.BasedOnVersion, (await Use(s => s.CurrentAsync(admin.Id))).BasedOnVersion);
    }

    [Fact]
    public async Task History_ListsEveryVersion_NewestFirst_WithPublisherAndRuleCount()
    {
        var admin = await factory.CreateAccountAsync(PortalRoles.Admin, true);
        var set = With(await Use(s => s.CurrentAsync(admin.Id)), DocumentKind.StorefrontPhoto, Domain.Onboarding.Industry.Logistics);
        var published = await Use(s => s.PublishAsync(admin.Id, set));

        var history = await Use(s => s.HistoryAsync(admin.Id));

        Assert.Equal(published, history[0].Version);
        Assert.Equal(set.Rules.Count, history[0].RuleCount);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(await db.Users.Where(u => u.Id == admin.Id).Select(u => u.DisplayName).SingleAsync(), history[0].PublishedBy);
        }

        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, history[0].PublishedAtUtc, TimeSpan.FromSeconds(1));
        Assert.Equal((1, (string?)null), (history[^1].Version, history[^1].PublishedBy));
        Assert.Equal(history.Select(h => h.Version).OrderDescending(), history.Select(h => h.Version));
    }
}
