using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
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

            migrationBuilder.AddColumn<int>(
                name: "DeclaredIndustry",
                table: "DocumentDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclaredPlatforms",
                table: "DocumentDecisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeclaredSubjectType",
                table: "DocumentDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LivePlatforms",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DashboardCounts",
                columns: table => new
                {
                    Figure = table.Column<int>(type: "INTEGER", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectType = table.Column<int>(type: "INTEGER", nullable: false),
                    Industry = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardCounts", x => new { x.Figure, x.Platform, x.SubjectType, x.Industry, x.Day, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentDecisions_Dashboard",
                table: "DocumentDecisions",
                columns: new[] { "Approved", "DecidedAtUtc", "ReasonCode", "ApplicationId", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardDecided",
                table: "Applications",
                columns: new[] { "DecidedOn", "Decision", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardDecisionMinutes",
                table: "Applications",
                columns: new[] { "DecisionMinutes", "DecidedOn", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardLive",
                table: "Applications",
                columns: new[] { "LiveOn", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardSignUpToLiveMinutes",
                table: "Applications",
                columns: new[] { "SignUpToLiveMinutes", "LiveOn", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.Sql(DashboardCountsBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardCounts");

            migrationBuilder.DropIndex(
                name: "IX_DocumentDecisions_Dashboard",
                table: "DocumentDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardDecided",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardDecisionMinutes",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardLive",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardSignUpToLiveMinutes",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DeclaredIndustry",
                table: "DocumentDecisions");

            migrationBuilder.DropColumn(
                name: "DeclaredPlatforms",
                table: "DocumentDecisions");

            migrationBuilder.DropColumn(
                name: "DeclaredSubjectType",
                table: "DocumentDecisions");

            migrationBuilder.DropColumn(
                name: "LivePlatforms",
                table: "Applications");

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
        }
    }
}
