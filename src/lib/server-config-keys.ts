/**
 * The settings each server's configuration file accepts, as names only, read from the servers' sources:
 * vsftpd 3.0.5 parseconf.c (boolean, number and text settings); ProFTPD 1.3.10rc5 conftables of every module in
 * modules/ and contrib/; Pure-FTPd 1.0.54 src/simpleconf_ftpd.h (yes/no settings marked `<bool>` there).
 * Update a list when the site starts to cover a newer version.
 */

const list = (s: string) => new Set(s.trim().split(/\s+/));

/** vsftpd settings that take YES/NO (also TRUE/FALSE, 1/0). */
export const VSFTPD_BOOL = list(`
  anonymous_enable local_enable pasv_enable port_enable chroot_local_user write_enable anon_upload_enable
  anon_mkdir_write_enable anon_other_write_enable chown_uploads connect_from_port_20 xferlog_enable
  dirmessage_enable anon_world_readable_only async_abor_enable ascii_upload_enable ascii_download_enable
  one_process_model xferlog_std_format pasv_promiscuous deny_email_enable chroot_list_enable
  setproctitle_enable text_userdb_names ls_recurse_enable log_ftp_protocol guest_enable userlist_enable
  userlist_deny use_localtime check_shell hide_ids listen port_promiscuous passwd_chroot_enable
  no_anon_password tcp_wrappers use_sendfile force_dot_files listen_ipv6 dual_log_enable syslog_enable
  background virtual_use_local_privs session_support download_enable dirlist_enable chmod_enable
  secure_email_list_enable run_as_launching_user no_log_lock ssl_enable allow_anon_ssl force_local_logins_ssl
  force_local_data_ssl ssl_sslv2 ssl_sslv3 ssl_tlsv1 ssl_tlsv11 ssl_tlsv12 ssl_tlsv13 tilde_user_enable
  force_anon_logins_ssl force_anon_data_ssl mdtm_write lock_upload_files pasv_addr_resolve debug_ssl
  require_cert validate_cert strict_ssl_read_eof strict_ssl_write_shutdown ssl_request_cert
  delete_failed_uploads implicit_ssl ptrace_sandbox require_ssl_reuse isolate isolate_network ftp_enable
  http_enable seccomp_sandbox allow_writeable_chroot
`);

/** vsftpd settings that take a number (octal when it starts with 0). */
export const VSFTPD_NUMBER = list(`
  accept_timeout connect_timeout local_umask anon_umask ftp_data_port idle_session_timeout
  data_connection_timeout pasv_min_port pasv_max_port anon_max_rate local_max_rate listen_port max_clients
  file_open_mode max_per_ip trans_chunk_size delay_failed_login delay_successful_login max_login_fails
  chown_upload_mode
`);

/** vsftpd settings that take text (a path, an address, a list). */
export const VSFTPD_TEXT = list(`
  secure_chroot_dir ftp_username chown_username xferlog_file vsftpd_log_file message_file nopriv_user
  ftpd_banner banned_email_file chroot_list_file pam_service_name guest_username userlist_file anon_root
  local_root banner_file pasv_address listen_address user_config_dir listen_address6 cmds_allowed hide_file
  deny_file user_sub_token email_password_file rsa_cert_file dsa_cert_file ssl_ciphers rsa_private_key_file
  dsa_private_key_file ca_certs_file ssl_sni_hostname cmds_denied
`);

/** ProFTPD directives, including the section tags such as <Limit> and </Limit>. */
export const PROFTPD_DIRECTIVES = list(`
  </Anonymous> </Class> </Directory> </Global> </IfAuthenticated> </IfClass> </IfDefine> </IfGroup>
  </IfModule> </IfUser> </IfVersion> </Limit> </VirtualHost> <Anonymous> <Class> <Directory> <Global>
  <IfDefine> <IfModule> <IfVersion> <Limit> <VirtualHost> AccessDenyMsg AccessGrantMsg AdminControlsACLs
  AdminControlsEngine Allow AllowAll AllowChrootSymlinks AllowClass AllowEmptyPasswords AllowFilter
  AllowForeignAddress AllowGroup AllowLogSymlinks AllowOverride AllowOverwrite AllowRetrieveRestart
  AllowStoreRestart AllowUser AnonAllowRobots AnonRatio AnonRejectPasswords AnonRequirePassword AuthAliasOnly
  AuthFileOptions AuthGroupFile AuthOTPAlgorithm AuthOTPEngine AuthOTPLog AuthOTPOptions AuthOTPTable
  AuthOTPTableLock AuthOrder AuthPAM AuthPAMConfig AuthPAMOptions AuthUnixOptions AuthUserFile AuthUsingAlias
  BanCache BanCacheOptions BanControlsACLs BanEngine BanLog BanMessage BanOnEvent BanOptions BanTable
  ByteRatioErrMsg CDPath CapabilitiesEngine CapabilitiesRootRevoke CapabilitiesSet CommandBufferSize
  ControlsACLs ControlsAuthFreshness ControlsEngine ControlsInterval ControlsLog ControlsMaxClients
  ControlsSocket ControlsSocketACL ControlsSocketOwner CopyEngine CopyOptions CreateHome CwdRatioMsg
  DNSBLDomain DNSBLEngine DNSBLLog DNSBLPolicy DebugLevel DefaultAddress DefaultChdir DefaultRoot
  DefaultServer DefaultTransferMode DeferWelcome Define DeflateEngine DeflateLog DelayControlsACLs DelayEngine
  DelayOnEvent DelayTable DeleteAbortedStores Deny DenyAll DenyClass DenyFilter DenyGroup DenyUser
  DigestAlgorithms DigestCache DigestDefaultAlgorithm DigestEnable DigestEngine DigestMaxSize DigestOptions
  DirFakeGroup DirFakeMode DirFakeUser DisplayChdir DisplayConnect DisplayFileTransfer DisplayLogin
  DisplayQuit DisplayReadme DynMasqControlsACLs DynMasqRefresh ExecBeforeCommand ExecEnable ExecEngine
  ExecEnviron ExecLog ExecOnCommand ExecOnConnect ExecOnError ExecOnEvent ExecOnExit ExecOnRestart ExecOptions
  ExecTimeout ExtendedLog FACLEngine FSCachePolicy FSOptions FactsAdvertise FactsDefault FactsOptions
  FileRatioErrMsg ForensicLogBufferSize ForensicLogCapture ForensicLogCriteria ForensicLogEngine
  ForensicLogFile From GeoIPAllowFilter GeoIPDenyFilter GeoIPEngine GeoIPLog GeoIPPolicy GeoIPTable Group
  GroupOwner GroupRatio HiddenStores HideFiles HideGroup HideNoAccess HideUser HostRatio IdentLookups
  IfSessionOptions IgnoreHidden Include IncludeOptions LDAPAliasDereference LDAPAttr LDAPAuthBinds LDAPBindDN
  LDAPConnectTimeout LDAPDefaultAuthScheme LDAPDefaultGID LDAPDefaultQuota LDAPDefaultUID LDAPForceDefaultGID
  LDAPForceDefaultUID LDAPForceGeneratedHomedir LDAPGenerateHomedir LDAPGenerateHomedirPrefix LDAPGroups
  LDAPLog LDAPProtocolVersion LDAPQueryTimeout LDAPSearchScope LDAPServer LDAPSessionTracking LDAPUseSASL
  LDAPUseTLS LDAPUsers LangDefault LangEngine LangOptions LangPath LeechRatioMsg ListOptions ListStyle
  LoadFile LoadModule LogFormat LogOptions MasqueradeAddress MaxClients MaxClientsPerClass MaxClientsPerHost
  MaxClientsPerUser MaxCommandRate MaxConnectionRate MaxConnectionsPerHost MaxHostsPerUser MaxInstances
  MaxLoad MaxLoginAttempts MaxPasswordSize MaxRetrieveFileSize MaxStoreFileSize MaxTransfersPerHost
  MaxTransfersPerUser MemcacheConnectFailures MemcacheEngine MemcacheLog MemcacheOptions MemcacheReplicas
  MemcacheServers MemcacheTimeouts ModuleControlsACLs ModuleOrder ModulePath MultilineRFC2228 Order
  PassivePorts PathAllowFilter PathDenyFilter PersistentPasswd PidFile Port ProcessTitles ProcfsEngine
  ProcfsLog Protocols QoSOptions QuotaDefault QuotaDirectoryTally QuotaDisplayUnits QuotaEngine
  QuotaExcludeFilter QuotaLimitTable QuotaLock QuotaLog QuotaOptions QuotaShowQuotas QuotaTallyTable RLimitCPU
  RLimitChroot RLimitMemory RLimitOpenFiles RadiusAcctServer RadiusAuthServer RadiusEngine RadiusGroupInfo
  RadiusLog RadiusNASIdentifier RadiusOptions RadiusQuotaInfo RadiusRealm RadiusUserInfo RadiusVendor
  RatioFile RatioTempFile Ratios RedisEngine RedisLog RedisLogFormatExtra RedisLogOnCommand RedisLogOnEvent
  RedisOptions RedisSentinel RedisServer RedisTimeouts RegexOptions RequireValidShell RewriteCondition
  RewriteEngine RewriteHome RewriteLock RewriteLog RewriteMap RewriteMaxReplace RewriteRule RootLogin
  RootRevoke SFTPAcceptEnv SFTPAuthMethods SFTPAuthPublicKeys SFTPAuthorizedHostKeys SFTPAuthorizedUserKeys
  SFTPCiphers SFTPClientAlive SFTPClientMatch SFTPCompression SFTPCryptoDevice SFTPDHParamFile SFTPDigests
  SFTPDisplayBanner SFTPEngine SFTPExtensions SFTPHostKey SFTPHostKeys SFTPKeyBlacklist SFTPKeyExchanges
  SFTPKeyFingerprints SFTPKeyLimits SFTPLog SFTPMaxChannels SFTPOptions SFTPPAMEngine SFTPPAMOptions
  SFTPPAMServiceName SFTPPassPhraseProvider SFTPRekey SFTPTrafficPolicy SNMPAgent SNMPCommunity SNMPEnable
  SNMPEngine SNMPLog SNMPMaxVariables SNMPNotify SNMPOptions SNMPTables SQLAuthTypes SQLAuthenticate
  SQLBackend SQLConnectInfo SQLDefaultGID SQLDefaultHomedir SQLDefaultUID SQLEngine SQLGroupInfo
  SQLGroupPrimaryKey SQLGroupWhereClause SQLKeepAlive SQLLog SQLLogFile SQLLogOnEvent SQLMinID SQLMinUserGID
  SQLMinUserUID SQLNamedConnectInfo SQLNamedQuery SQLNegativeCache SQLODBCVersion SQLOptions SQLPasswordArgon2
  SQLPasswordCost SQLPasswordEncoding SQLPasswordEngine SQLPasswordOptions SQLPasswordPBKDF2 SQLPasswordRounds
  SQLPasswordSaltEncoding SQLPasswordSaltFile SQLPasswordScrypt SQLPasswordUserSalt SQLRatioStats SQLRatios
  SQLShowInfo SQLUserInfo SQLUserPrimaryKey SQLUserWhereClause Satisfy SaveRatios ScoreboardFile
  ScoreboardMutex ScoreboardOptions ScoreboardScrub ServerAdmin ServerAlias ServerIdent ServerLog ServerName
  ServerType SetEnv ShaperAll ShaperControlsACLs ShaperEngine ShaperLog ShaperSession ShaperTable ShowSymlinks
  SiteMiscEngine SocketBindTight SocketOptions StatCacheCapacity StatCacheControlsACLs StatCacheEngine
  StatCacheMaxAge StatCacheTable StoreUniquePrefix SyslogFacility SyslogLevel SystemLog SystemdEngine
  TCPAccessFiles TCPAccessSyslogLevels TCPBackLog TCPGroupAccessFiles TCPNoDelay TCPServiceName
  TCPUserAccessFiles TLSCACertificateFile TLSCACertificatePath TLSCARevocationFile TLSCARevocationPath
  TLSCertificateChainFile TLSCipherSuite TLSControlsACLs TLSCryptoDevice TLSDHParamFile TLSDSACertificateFile
  TLSDSACertificateKeyFile TLSECCertificateFile TLSECCertificateKeyFile TLSECDHCurve TLSEngine TLSLog
  TLSMasqueradeAddress TLSNextProtocol TLSOptions TLSPKCS12File TLSPassPhraseProvider TLSPreSharedKey
  TLSProtocol TLSRSACertificateFile TLSRSACertificateKeyFile TLSRandomSeed TLSRenegotiate TLSRequired
  TLSServerCipherPreference TLSServerInfoFile TLSSessionCache TLSSessionTicketKeys TLSSessionTickets
  TLSStapling TLSStaplingCache TLSStaplingOptions TLSStaplingResponder TLSStaplingTimeout TLSTimeoutHandshake
  TLSUserName TLSVerifyClient TLSVerifyDepth TLSVerifyOrder TLSVerifyServer TimeoutIdle TimeoutLinger
  TimeoutLogin TimeoutNoTransfer TimeoutSession TimeoutStalled TimesGMT Trace TraceLog TraceOptions
  TransferLog TransferOptions TransferRate Umask UniqueIDEngine UnsetEnv UseEncoding UseFtpUsers UseGlobbing
  UseIPv6 UseLastlog UseReverseDNS UseSendfile User UserAlias UserDirRoot UserOwner UserPassword UserRatio
  WrapAllowMsg WrapDenyMsg WrapEngine WrapGroupTables WrapLog WrapOptions WrapServiceName WrapTables
  WrapUserTables WtmpLog
`);

/** Pure-FTPd configuration keys. */
export const PUREFTPD_KEYS = list(`
  AllowAnonymousFXP AllowDotFiles AllowUserFXP AltLog AnonymousBandwidth AnonymousCanCreateDirs
  AnonymousCantUpload AnonymousOnly AnonymousRatio AntiWarez AutoRename Bind Bonjour
  BrokenClientsCompatibility CallUploadScript CertFile CertFileAndKey ChrootEveryone CreateHomeDir
  CustomerProof Daemonize DisplayDotFiles DontResolve ExtAuth ExtCert ForcePassiveIP FortunesFile IPV4Only
  IPV6Only KeepAllFiles LDAPConfigFile LimitRecursion LogPID MaxClientsNumber MaxClientsPerIP MaxDiskUsage
  MaxIdleTime MaxLoad MinUID MySQLConfigFile NATmode NoAnonymous NoChmod NoRename NoTruncate PAMAuthentication
  PGSQLConfigFile PIDFile PassivePortRange PerUserLimits ProhibitDotFilesRead ProhibitDotFilesWrite PureDB
  Quota SyslogFacility TLS TLSCipherSuite TrustedGID TrustedIP Umask UnixAuthentication UserBandwidth
  UserRatio VerboseLog
`);

/** Pure-FTPd keys that take yes or no. */
export const PUREFTPD_BOOL = list(`
  AllowAnonymousFXP AllowDotFiles AllowUserFXP AnonymousCanCreateDirs AnonymousCantUpload AnonymousOnly
  AntiWarez AutoRename BrokenClientsCompatibility CallUploadScript ChrootEveryone CreateHomeDir CustomerProof
  Daemonize DisplayDotFiles DontResolve IPV4Only IPV6Only KeepAllFiles LogPID NATmode NoAnonymous NoChmod
  NoRename NoTruncate PAMAuthentication ProhibitDotFilesRead ProhibitDotFilesWrite UnixAuthentication
  VerboseLog
`);
