using System.Globalization;
using MerchantPortal.Data;
using MerchantPortal.Domain.Accounts;
using MerchantPortal.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard;

/// <summary>
/// Fills a fresh database with <c>count</c> organizations and their onboarding over the past year
/// (<see cref="OnboardingHistory"/>), an admin and eight reviewers, and <c>auditEntries</c> audit entries on one
/// valid hash chain — the dashboard never reads the audit log, and this shows its size does not matter.
/// </summary>
public static class DashboardSeeder
{
    public static async Task<string> SeedAsync(IDbContextFactory<PortalDbContext> factory, int count, int auditEntries, DateTime nowUtc)
    {
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        var (adminId, reviewers) = await StaffAsync(factory);
        var random = new Random(20261126);
        const int batch = 5000;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var history = new OnboardingHistory(random, adminId, reviewers, nowUtc);
                history.Walk(i);
                db.Organizations.Add(history.Organization);
                db.Applications.Add(history.Application);
                db.Enrollments.AddRange(history.Enrollments);
                db.Documents.AddRange(history.Documents);
                db.DocumentDecisions.AddRange(history.Decisions);
            }

            await db.SaveChangesAsync();
            Console.Write($"\rseeded {Math.Min(count, start + batch):N0} / {count:N0} organizations");
        }

        Console.WriteLine();
        await AuditAsync(factory, auditEntries, adminId, nowUtc);
        return adminId;
    }

    /// <summary>Written with one prepared statement in one transaction: EF would take minutes for millions of rows.</summary>
    private static async Task AuditAsync(IDbContextFactory<PortalDbContext> factory, int entries, string actorId, DateTime nowUtc)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO "AuditEntries" ("AtUtc", "ActorUserId", "Action", "SubjectType", "SubjectId", "Details", "PreviousHash", "Hash")
            VALUES ($at, $actor, 'application.step', 'Application', $subject, '{"step":"Platforms"}', $previous, $hash)
            """;
        var parameters = new[] { "$at", "$actor", "$subject", "$previous", "$hash" }.Select(name =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        var previous = AuditEntry.Genesis;
        var start = nowUtc.AddDays(-365);
        for (var i = 0; i < entries; i++)
        {
            var entry = new AuditEntry(start.AddSeconds(i * (365.0 * 24 * 3600 / Math.Max(entries, 1))), actorId, "application.step", "Application",
                Guid.NewGuid().ToString(), """{"step":"Platforms"}""", previous, key: null);
            parameters[0].Value = entry.AtUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            parameters[1].Value = actorId;
            parameters[2].Value = entry.SubjectId;
            parameters[3].Value = previous;
            parameters[4].Value = entry.Hash;
            await insert.ExecuteNonQueryAsync();
            previous = entry.Hash;
            if (i % 100_000 == 0)
            {
                Console.Write($"\rseeded {i:N0} / {entries:N0} audit entries");
            }
        }

        await transaction.CommitAsync();
        Console.WriteLine($"\rseeded {entries:N0} / {entries:N0} audit entries");
    }

    /// <summary>An admin (who also owns the seeded organizations) and eight reviewers.</summary>
    private static async Task<(string AdminId, IReadOnlyList<string> Reviewers)> StaffAsync(IDbContextFactory<PortalDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        var roles = new[] { PortalRoles.Admin, PortalRoles.Reviewer }.Select(name => new IdentityRole(name) { NormalizedName = name.ToUpperInvariant() }).ToArray();
        db.Roles.AddRange(roles);
        var users = Enumerable.Range(0, 9).Select(i => new ApplicationUser
        {
            UserName = $"bench{i}@example.test",
            NormalizedUserName = $"BENCH{i}@EXAMPLE.TEST",
            Email = $"bench{i}@example.test",
            NormalizedEmail = $"BENCH{i}@EXAMPLE.TEST",
            DisplayName = i == 0 ? "Bench admin" : $"Reviewer {i}",
            SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(users);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = users[0].Id, RoleId = roles[0].Id });
        db.UserRoles.AddRange(users.Skip(1).Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = roles[1].Id }));
        await db.SaveChangesAsync();
        return (users[0].Id, [.. users.Skip(1).Select(u => u.Id)]);
    }
}
