using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class CredentialsAndSandboxes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Credentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Environment = table.Column<int>(type: "INTEGER", nullable: false),
                    AppId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NotifyUrl = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MerchantId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PlatformKeyMode = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credentials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Credentials_PlatformEnrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "PlatformEnrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxAuthorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    CertificatePem = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxAuthorities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlipaySandboxTrades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CredentialsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutTradeNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TradeNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TotalAmount = table.Column<decimal>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    NotifyUrl = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BuyerLogonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BuyerUserId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefundedAmount = table.Column<decimal>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlipaySandboxTrades", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlipaySandboxTrades_Credentials_CredentialsId",
                        column: x => x.CredentialsId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CredentialKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CredentialsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    PublicKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", nullable: true),
                    CertificatePem = table.Column<string>(type: "TEXT", nullable: true),
                    CertificateSerial = table.Column<string>(type: "TEXT", nullable: true),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", nullable: true),
                    ProtectedDownload = table.Column<string>(type: "TEXT", nullable: true),
                    DownloadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ValidUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CredentialKeys_Credentials_CredentialsId",
                        column: x => x.CredentialsId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SampleReceipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CredentialsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotificationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SampleReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SampleReceipts_Credentials_CredentialsId",
                        column: x => x.CredentialsId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxCallbacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlatformCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CredentialsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastOutcome = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxCallbacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxCallbacks_Credentials_CredentialsId",
                        column: x => x.CredentialsId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CredentialsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReasonArgs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxRequests_Credentials_CredentialsId",
                        column: x => x.CredentialsId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WeChatPaySandboxTransactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CredentialsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OutTradeNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TransactionId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CodeToken = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 127, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    TradeState = table.Column<int>(type: "INTEGER", nullable: false),
                    NotifyUrl = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PayerOpenId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SuccessAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefundedTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeChatPaySandboxTransactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WeChatPaySandboxTransactions_Credentials_CredentialsId",
                        column: x => x.CredentialsId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlipaySandboxRefunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TradeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutRequestNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlipaySandboxRefunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlipaySandboxRefunds_AlipaySandboxTrades_TradeId",
                        column: x => x.TradeId,
                        principalTable: "AlipaySandboxTrades",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WeChatPaySandboxRefunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CredentialsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TransactionRowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutRefundNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RefundId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    NotifyUrl = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SuccessAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeChatPaySandboxRefunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WeChatPaySandboxRefunds_WeChatPaySandboxTransactions_TransactionRowId",
                        column: x => x.TransactionRowId,
                        principalTable: "WeChatPaySandboxTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlipaySandboxRefunds_TradeId_OutRequestNo",
                table: "AlipaySandboxRefunds",
                columns: new[] { "TradeId", "OutRequestNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlipaySandboxTrades_CredentialsId_OutTradeNo",
                table: "AlipaySandboxTrades",
                columns: new[] { "CredentialsId", "OutTradeNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlipaySandboxTrades_TradeNo",
                table: "AlipaySandboxTrades",
                column: "TradeNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CredentialKeys_CredentialsId",
                table: "CredentialKeys",
                column: "CredentialsId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_AppId",
                table: "Credentials",
                column: "AppId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_EnrollmentId_Environment",
                table: "Credentials",
                columns: new[] { "EnrollmentId", "Environment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_MerchantId_Environment",
                table: "Credentials",
                columns: new[] { "MerchantId", "Environment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SampleReceipts_CredentialsId_NotificationId",
                table: "SampleReceipts",
                columns: new[] { "CredentialsId", "NotificationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SandboxCallbacks_CredentialsId",
                table: "SandboxCallbacks",
                column: "CredentialsId");

            migrationBuilder.CreateIndex(
                name: "IX_SandboxCallbacks_NextAttemptAtUtc",
                table: "SandboxCallbacks",
                column: "NextAttemptAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SandboxRequests_CredentialsId_Id",
                table: "SandboxRequests",
                columns: new[] { "CredentialsId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WeChatPaySandboxRefunds_CredentialsId_OutRefundNo",
                table: "WeChatPaySandboxRefunds",
                columns: new[] { "CredentialsId", "OutRefundNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WeChatPaySandboxRefunds_TransactionRowId",
                table: "WeChatPaySandboxRefunds",
                column: "TransactionRowId");

            migrationBuilder.CreateIndex(
                name: "IX_WeChatPaySandboxTransactions_CodeToken",
                table: "WeChatPaySandboxTransactions",
                column: "CodeToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WeChatPaySandboxTransactions_CredentialsId_OutTradeNo",
                table: "WeChatPaySandboxTransactions",
                columns: new[] { "CredentialsId", "OutTradeNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WeChatPaySandboxTransactions_TransactionId",
                table: "WeChatPaySandboxTransactions",
                column: "TransactionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlipaySandboxRefunds");

            migrationBuilder.DropTable(
                name: "CredentialKeys");

            migrationBuilder.DropTable(
                name: "SampleReceipts");

            migrationBuilder.DropTable(
                name: "SandboxAuthorities");

            migrationBuilder.DropTable(
                name: "SandboxCallbacks");

            migrationBuilder.DropTable(
                name: "SandboxRequests");

            migrationBuilder.DropTable(
                name: "WeChatPaySandboxRefunds");

            migrationBuilder.DropTable(
                name: "AlipaySandboxTrades");

            migrationBuilder.DropTable(
                name: "WeChatPaySandboxTransactions");

            migrationBuilder.DropTable(
                name: "Credentials");
        }
    }
}
