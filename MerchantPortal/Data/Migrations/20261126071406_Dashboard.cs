using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Dashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAtUtc",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Decision",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionMinutes",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeclaredIndustry",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclaredPlatforms",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeclaredSubjectType",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstSubmittedAtUtc",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstSubmittedOn",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LiveAtUtc",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LiveOn",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SignUpToLiveMinutes",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                table: "Applications",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateTime>(
                name: "StateEnteredAtUtc",
                table: "Applications",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.Sql(DashboardBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformEnrollments_DashboardOpened",
                table: "PlatformEnrollments",
                columns: new[] { "CreatedAtUtc", "PlatformCode", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformEnrollments_DashboardState",
                table: "PlatformEnrollments",
                columns: new[] { "State", "PlatformCode", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentDecisions_Dashboard",
                table: "DocumentDecisions",
                columns: new[] { "DecidedAtUtc", "Approved", "ReasonCode", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardDecided",
                table: "Applications",
                columns: new[] { "DecidedOn", "Decision", "DecisionMinutes", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardLive",
                table: "Applications",
                columns: new[] { "LiveOn", "SignUpToLiveMinutes", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardStarted",
                table: "Applications",
                columns: new[] { "StartedOn", "Stage", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardState",
                table: "Applications",
                columns: new[] { "State", "SlaDueAtUtc", "StateEnteredAtUtc", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardSubmitted",
                table: "Applications",
                columns: new[] { "FirstSubmittedOn", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlatformEnrollments_DashboardOpened",
                table: "PlatformEnrollments");

            migrationBuilder.DropIndex(
                name: "IX_PlatformEnrollments_DashboardState",
                table: "PlatformEnrollments");

            migrationBuilder.DropIndex(
                name: "IX_DocumentDecisions_Dashboard",
                table: "DocumentDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardDecided",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardLive",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardStarted",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardState",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardSubmitted",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DecidedAtUtc",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DecidedOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DecisionMinutes",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DeclaredIndustry",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DeclaredPlatforms",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DeclaredSubjectType",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FirstSubmittedAtUtc",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FirstSubmittedOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LiveAtUtc",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LiveOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SignUpToLiveMinutes",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StateEnteredAtUtc",
                table: "Applications");
        }
    }
}
