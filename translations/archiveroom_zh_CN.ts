<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>Company leader</source>
        <translation>公司领导</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>部门经理</translation>
    </message>
    <message>
        <source>Property assistant</source>
        <translation>物业助理</translation>
    </message>
    <message>
        <source>Archive clerk</source>
        <translation>资料管理员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>View in the archive room</source>
        <translation>在档案室查阅</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>AccessService</name>
    <message>
        <source>Please sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>Rule %1: name the rule that decides, such as R23</source>
        <translation>规则 %1：请写明作出决定的规则编号，如 R23</translation>
    </message>
    <message>
        <source>Category %1 does not exist</source>
        <translation>门类 %1 不存在</translation>
    </message>
    <message>
        <source>A decision that needs approval must say who approves</source>
        <translation>需审批的决定必须写明由谁审批</translation>
    </message>
    <message>
        <source>The administrator role never gets access to dossiers</source>
        <translation>系统管理员角色不得接触档案内容</translation>
    </message>
    <message>
        <source>The head of the department that owns the category approves, not the borrower's own head</source>
        <translation>由档案门类所属部门的负责人审批，而不是借阅人本部门的负责人</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Login %1: 2 to 32 letters, digits, '.', '_' or '-', starting with a letter</source>
        <translation>登录名 %1：须为 2 至 32 个字母、数字、“.”、“_”或“-”，并以字母开头</translation>
    </message>
    <message>
        <source>This archive already has accounts; sign in instead</source>
        <translation>此档案库已有账号，请直接登录</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>行政部</translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation>登录名或密码错误</translation>
    </message>
    <message>
        <source>The account %1 is disabled</source>
        <translation>账号 %1 已停用</translation>
    </message>
    <message>
        <source>The display name is empty</source>
        <translation>显示名称不能为空</translation>
    </message>
    <message>
        <source>The department is empty</source>
        <translation>部门不能为空</translation>
    </message>
    <message>
        <source>The login %1 is already taken</source>
        <translation>登录名 %1 已被占用</translation>
    </message>
    <message>
        <source>The archive key is not available in this session; sign in again</source>
        <translation>本次会话中没有档案密钥，请重新登录</translation>
    </message>
    <message>
        <source>Failed sign-ins before a lockout: 1 to 100, not %1</source>
        <translation>锁定前允许的登录失败次数须为 1 至 100，不能是 %1</translation>
    </message>
    <message>
        <source>Lockout: 1 to 1440 minutes, not %1</source>
        <translation>锁定时长须为 1 至 1440 分钟，不能是 %1</translation>
    </message>
    <message>
        <source>Idle lock: 0 (never) to 480 minutes, not %1</source>
        <translation>无操作自动锁定须为 0（从不）至 480 分钟，不能是 %1</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account %1 is locked until %2</source>
        <translation>失败次数过多：账号 %1 已锁定至 %2</translation>
    </message>
    <message>
        <source>The account %1 has no key to the archive yet: ask the administrator to set a new password for it</source>
        <translation>账号 %1 尚无档案密钥：请系统管理员为其重置密码</translation>
    </message>
    <message>
        <source>The key slot of %1 does not open: it was damaged or tampered with</source>
        <translation>%1 的密钥槽无法打开：已损坏或被篡改</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed attempts, until %2</source>
        <translation>账号 %1 因失败次数过多已锁定，至 %2 解除</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>当前没有用户登录</translation>
    </message>
    <message>
        <source>The account is locked; sign in again later</source>
        <translation>账号已锁定，请稍后重新登录</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>The new password is the same as the old one</source>
        <translation>新密码与原密码相同</translation>
    </message>
    <message>
        <source>You cannot disable your own account or take away your own administrator role</source>
        <translation>不能停用自己的账号，也不能取消自己的系统管理员角色</translation>
    </message>
    <message>
        <source>The account %1 is disabled; enable it first</source>
        <translation>账号 %1 已停用，请先启用</translation>
    </message>
    <message>
        <source>This is not the recovery key of this archive</source>
        <translation>这不是本档案库的恢复密钥</translation>
    </message>
    <message>
        <source>No account %1</source>
        <translation>没有账号 %1</translation>
    </message>
    <message>
        <source>Minimum password length: %1 to %2 characters, not %3</source>
        <translation>密码最短长度：%1 至 %2 个字符，不能是 %3</translation>
    </message>
    <message>
        <source>The key grant of %1 does not open: it was damaged or tampered with</source>
        <translation>%1 的完整信息密钥无法打开：已损坏或被篡改</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>The archive %1 is read-only here and was last opened by an older version of ArchiveRoom (schema %2, this version needs %3): it cannot be upgraded on read-only media. Copy it to a writable disk and open it there.</source>
        <translation>档案 %1 在此处只读，且上次由旧版档案室程序打开（结构版本 %2，本版本需要 %3）：只读介质上无法升级。请先复制到可写的磁盘再打开。</translation>
    </message>
    <message>
        <source>The archive %1 was made by a newer version of ArchiveRoom (schema %2, this version knows %3): update the program.</source>
        <translation>档案 %1 由更新版本的档案室程序创建（结构版本 %2，本版本只支持到 %3）：请更新程序。</translation>
    </message>
    <message>
        <source>The archive stays in %1 and was not moved to %2: %3</source>
        <translation>档案库仍在 %1，未移到 %2：%3</translation>
    </message>
    <message>
        <source>it may be open in another ArchiveRoom window; it is moved on a later start</source>
        <translation>它可能正在另一个档案室窗口中打开，将在以后启动时移动</translation>
    </message>
    <message>
        <source>%1 exists in both folders; move or remove one of them</source>
        <translation>两个文件夹中都有 %1，请移走或删除其中一个</translation>
    </message>
    <message>
        <source>%1 could not be moved</source>
        <translation>无法移动 %1</translation>
    </message>
    <message>
        <source>The archive was moved from %1 to %2.</source>
        <translation>档案库已从 %1 移到 %2。</translation>
    </message>
    <message>
        <source>Give the name of the database on the server</source>
        <translation>请填写服务器上的数据库名称</translation>
    </message>
    <message>
        <source>The archive %1 was not upgraded and is unchanged: before the upgrade it is copied as it is to %2, and that copy could not be written (%3). Make room on the disk or allow writing in its folder, then open it again.</source>
        <translation>档案库 %1 未升级，内容没有改变：升级前要先把它原样复制到 %2，但这个副本无法写入（%3）。请腾出磁盘空间或允许写入该文件夹，然后重新打开。</translation>
    </message>
    <message>
        <source>The archive %1 could not be upgraded from version %2 to %3: %4
It is at version %5 now: each step of an upgrade is saved whole or not at all, and the next opening continues from there once the cause is removed.</source>
        <translation>档案库 %1 无法从版本 %2 升级到 %3：%4
它现在处于版本 %5：升级的每一步要么完整保存，要么完全不保存；排除原因后，下次打开时会从这里继续升级。</translation>
    </message>
    <message>
        <source>The file as it was before the upgrade is kept at %1.</source>
        <translation>升级前的原文件副本保存在 %1。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>View person</source>
        <translation>查看人员</translation>
    </message>
    <message>
        <source>View dossier</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Estate change</source>
        <translation>小区结构变更</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>修改账户</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Loan step</source>
        <translation>借阅环节</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Receive item</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>File item</source>
        <translation>材料归档</translation>
    </message>
    <message>
        <source>Move folder</source>
        <translation>移架</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Owner change</source>
        <translation>业主变更</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <source>Configure archive</source>
        <translation>档案设置</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Check backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>Damaged value found</source>
        <translation>发现损坏数据</translation>
    </message>
    <message>
        <source>Search by full number</source>
        <translation>按完整号码查询</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>冻结档案</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>解除冻结</translation>
    </message>
    <message>
        <source>Propose destruction</source>
        <translation>提出销毁</translation>
    </message>
    <message>
        <source>Approve destruction</source>
        <translation>审批销毁</translation>
    </message>
    <message>
        <source>Reject destruction</source>
        <translation>驳回销毁</translation>
    </message>
    <message>
        <source>Destroy dossiers</source>
        <translation>执行销毁</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规处理</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Cannot compute the audit hash</source>
        <translation>无法计算审计记录的哈希值</translation>
    </message>
    <message>
        <source>Record %1 is missing (deleted)</source>
        <translation>第 %1 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing (deleted)</source>
        <translation>第 %1 至 %2 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>; the next record is %1 of %2</source>
        <translation>；其后是第 %1 条记录（%2）</translation>
    </message>
    <message>
        <source>Record %1 of %2 was not written by ArchiveRoom (its number is out of sequence)</source>
        <translation>第 %1 条记录（%2）不是由本系统写入的（编号不连续）</translation>
    </message>
    <message>
        <source>Record 1 of %1 does not start the chain: the trail was replaced</source>
        <translation>第 1 条记录（%1）不是链的起点：审计日志已被替换</translation>
    </message>
    <message>
        <source>Record %1 of %2 does not link to record %3: record %3 was changed and its hash rewritten, or records were removed or inserted here</source>
        <translation>第 %1 条记录（%2）与第 %3 条记录衔接不上：第 %3 条记录被修改并重写了哈希值，或此处有记录被删除或插入</translation>
    </message>
    <message>
        <source>Record %1 of %2 was changed after it was written (its content no longer matches its hash)</source>
        <translation>第 %1 条记录（%2）写入后被修改过（内容与哈希值不符）</translation>
    </message>
    <message>
        <source>The head of the audit chain was deleted from the database; the last %1 records cannot be checked for deletions</source>
        <translation>审计链的链头已从数据库中删除；无法检查最后 %1 条记录之后是否有记录被删</translation>
    </message>
    <message>
        <source>Record %1, the last of the trail, is missing (deleted)</source>
        <translation>最后一条记录（第 %1 条）缺失（已被删除）</translation>
    </message>
    <message>
        <source>Records %1 to %2 at the end of the trail are missing (deleted)</source>
        <translation>日志末尾的第 %1 至 %2 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>Record %1 was added to the trail outside ArchiveRoom</source>
        <translation>第 %1 条记录是在本系统之外添加的</translation>
    </message>
    <message>
        <source>Records %1 to %2 were added to the trail outside ArchiveRoom</source>
        <translation>第 %1 至 %2 条记录是在本系统之外添加的</translation>
    </message>
    <message>
        <source>Record %1 is not the last record ArchiveRoom wrote: the end of the trail was replaced</source>
        <translation>第 %1 条记录不是本系统最后写入的记录：日志末尾已被替换</translation>
    </message>
    <message>
        <source>Checkpoint record %1 is not in the trail any more</source>
        <translation>核对点记录（第 %1 条）已不在日志中</translation>
    </message>
    <message>
        <source>Record %1 differs from the checkpoint: the trail was rewritten up to it</source>
        <translation>第 %1 条记录与核对点不符：该记录之前的日志已被改写</translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation>未知的操作类型 %1</translation>
    </message>
    <message>
        <source>Give a limit between 1 and %1</source>
        <translation>条数上限请填 1 至 %1</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>The audit trail has no seal: it was rewritten or replaced with the file alone</source>
        <translation>审计日志没有封印：日志已被人直接改写数据库文件而替换或重写</translation>
    </message>
    <message>
        <source>Records %1 to %2 were cut from the end of the trail and its head rewritten with the file alone</source>
        <translation>日志末尾的第 %1 至 %2 条记录已被删除，链头已被直接改写数据库文件而重写</translation>
    </message>
    <message>
        <source>The trail up to record %1 was rewritten with the file alone: it no longer matches its seal (records were changed, removed or cut, and the hashes computed again)</source>
        <translation>第 %1 条及之前的日志已被直接改写数据库文件而重写，与封印不符（记录被修改、删除或截断，并重新计算了哈希）</translation>
    </message>
    <message>
        <source>Record %1 (%2) was added after the last sealed record; ArchiveRoom writes only failed sign-ins there: it was written with the file alone</source>
        <translation>第 %1 条记录（%2）位于最后一条封印记录之后；本程序在此处只写登录失败记录：该记录是直接改写数据库文件加入的</translation>
    </message>
    <message>
        <source>(sealed: read by the archive clerk and company leaders)</source>
        <translation>（已加密：仅档案管理员和公司领导可查看）</translation>
    </message>
    <message>
        <source>(the sealed reason does not open: it was changed)</source>
        <translation>（加密的原因无法打开：已被改动）</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>audit records</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Say where the backup goes</source>
        <translation>请指定备份保存位置</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never replaces a file</source>
        <translation>%1 已存在；备份不会覆盖任何文件</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is the disk connected?)</source>
        <translation>备份文件夹 %1 不存在（备份盘是否已连接？）</translation>
    </message>
    <message>
        <source>The archive is locked; sign in again</source>
        <translation>档案库已锁定，请重新登录</translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder in %1</source>
        <translation>无法在 %1 中创建私有临时文件夹</translation>
    </message>
    <message>
        <source>A scan is missing from %1 (%2): the backup would not restore it; nothing was written</source>
        <translation>%1 中缺少一个扫描件（%2）：备份将无法恢复它；未写入任何内容</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the database snapshot</source>
        <translation>无法读取数据库快照</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written</source>
        <translation>备份已取消，未写入任何内容</translation>
    </message>
    <message>
        <source>Cannot read the scan %1 in %2</source>
        <translation>无法读取 %2 中的扫描件 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist</source>
        <translation>备份文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>The interval is between 1 hour and a year</source>
        <translation>间隔须在 1 小时到 1 年之间</translation>
    </message>
    <message>
        <source>Keep at least one daily backup; counts are whole numbers</source>
        <translation>至少保留一份每日备份；份数须为整数</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Say where the restored archive goes</source>
        <translation>请指定恢复后档案的保存位置</translation>
    </message>
    <message>
        <source>%1 is the archive in use; a backup is restored into a new file</source>
        <translation>%1 是正在使用的档案；备份只能恢复到新文件</translation>
    </message>
    <message>
        <source>%1 exists already; a backup is restored into a new file, never over one</source>
        <translation>%1 已存在；备份只恢复到新文件，不会覆盖已有文件</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Only an administrator (or the recovery key) restores a backup; an archive clerk may check one</source>
        <translation>只有系统管理员（或恢复密钥）才能恢复备份；档案管理员可以检查备份</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>备份无法恢复：%1</translation>
    </message>
    <message>
        <source>The backup has data after its end: it was changed</source>
        <translation>备份在结尾之后还有数据：文件已被改动</translation>
    </message>
    <message>
        <source>The backup ends too early: it was cut short or changed</source>
        <translation>备份提前结束：文件被截短或改动</translation>
    </message>
    <message>
        <source>The backup ends too early after part %1: it was cut short</source>
        <translation>备份在第 %1 部分之后提前结束：文件被截短</translation>
    </message>
    <message>
        <source>Part %1 of the backup is damaged (its length is wrong)</source>
        <translation>备份的第 %1 部分已损坏（长度不对）</translation>
    </message>
    <message>
        <source>The backup ends too early in part %1: it was cut short</source>
        <translation>备份在第 %1 部分中提前结束：文件被截短</translation>
    </message>
    <message>
        <source>Part 1 of the backup does not decrypt: the file or its manifest was changed</source>
        <translation>备份的第 1 部分无法解密：文件或其清单已被改动</translation>
    </message>
    <message>
        <source>Part %1 of the backup does not decrypt: it was changed, moved or replaced</source>
        <translation>备份的第 %1 部分无法解密：已被改动、移位或替换</translation>
    </message>
    <message>
        <source>%1 is not a readable ArchiveRoom backup: %2</source>
        <translation>%1 不是可读取的档案室备份：%2</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>文件开头不符</translation>
    </message>
    <message>
        <source>format %1 is not known to this version</source>
        <translation>本版本不认识格式 %1</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>it ends inside its header</source>
        <translation>文件在文件头中途结束</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has 52 letters and digits in groups of four</source>
        <translation>这不是恢复密钥：恢复密钥由 52 个字母和数字组成，每 4 个一组</translation>
    </message>
    <message>
        <source>A password or the recovery key is needed to open the backup</source>
        <translation>打开备份需要密码或恢复密钥</translation>
    </message>
    <message>
        <source>%1 has no key in this backup: only the administrators and archive clerks of the archive at the time of the backup can open it, or the recovery key</source>
        <translation>%1 在此备份中没有密钥：只有备份时的系统管理员和档案管理员，或恢复密钥，才能打开它</translation>
    </message>
    <message>
        <source>The recovery key does not open this backup (it belongs to another archive, or the file was changed)</source>
        <translation>恢复密钥打不开此备份（它属于另一个档案库，或文件已被改动）</translation>
    </message>
    <message>
        <source>The password does not open this backup (wrong password, or the file was changed)</source>
        <translation>密码打不开此备份（密码错误，或文件已被改动）</translation>
    </message>
    <message>
        <source>The database in the backup does not match its manifest (%1 bytes, the manifest says %2)</source>
        <translation>备份中的数据库与清单不符（%1 字节，清单记为 %2）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The database in the backup does not match its checksum</source>
        <translation>备份中的数据库与校验值不符</translation>
    </message>
    <message>
        <source>Scan %1 of the backup is not what the backup should hold</source>
        <translation>备份中的第 %1 个扫描件不是备份应有的内容</translation>
    </message>
    <message>
        <source>Scan %1 of the backup does not match its checksum</source>
        <translation>备份中的扫描件 %1 与校验值不符</translation>
    </message>
    <message>
        <source>Scan %1 of the backup does not open with the archive's key</source>
        <translation>备份中的扫描件 %1 用档案库的密钥打不开</translation>
    </message>
    <message>
        <source>The backup holds a part this version does not know: it was changed</source>
        <translation>备份包含本版本不认识的部分：文件已被改动</translation>
    </message>
    <message>
        <source>The backup holds no database</source>
        <translation>备份中没有数据库</translation>
    </message>
    <message>
        <source>The backup holds %1 scan files (%2 bytes); its manifest says %3 (%4 bytes)</source>
        <translation>备份包含 %1 个扫描文件（%2 字节），清单记为 %3 个（%4 字节）</translation>
    </message>
    <message>
        <source>The database in the backup cannot be opened: %1</source>
        <translation>备份中的数据库无法打开：%1</translation>
    </message>
    <message>
        <source>The database in the backup cannot be read: %1</source>
        <translation>备份中的数据库无法读取：%1</translation>
    </message>
    <message>
        <source>A scan the database refers to is missing from the backup (%1)</source>
        <translation>备份中缺少数据库引用的扫描件（%1）</translation>
    </message>
    <message>
        <source>The database in the backup cannot be checked: %1</source>
        <translation>备份中的数据库无法检查：%1</translation>
    </message>
    <message>
        <source>The database in the backup is damaged: %1</source>
        <translation>备份中的数据库已损坏：%1</translation>
    </message>
    <message>
        <source>The database in the backup has %1 %2; its manifest says %3</source>
        <translation>备份中的数据库有 %1 条%2，清单记为 %3</translation>
    </message>
    <message>
        <source>The audit trail in the backup does not end where its manifest says</source>
        <translation>备份中审计日志的末尾与清单不符</translation>
    </message>
    <message>
        <source>The audit trail in the backup cannot be read: %1</source>
        <translation>备份中的审计日志无法读取：%1</translation>
    </message>
    <message>
        <source>The audit trail in the backup is broken: %1</source>
        <translation>备份中的审计日志链已断：%1</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL archive are made with pg_dump on the server; see docs/admin.md</source>
        <translation>PostgreSQL 档案库的备份由服务器上的 pg_dump 完成；请参阅 docs/admin.md</translation>
    </message>
</context>
<context>
    <name>CategoryAdminDialog</name>
    <message>
        <source>Dossier categories and checklists</source>
        <translation>档案门类与归档清单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>门类</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Code in the archive number:</source>
        <translation>档号中的门类代码：</translation>
    </message>
    <message>
        <source>Owning &amp;department:</source>
        <translation>归口部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保管期限：</translation>
    </message>
    <message>
        <source>&amp;Permanent</source>
        <translation>永久(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fixed term:</source>
        <translation>定期(&amp;F)：</translation>
    </message>
    <message>
        <source>Default &amp;loan period:</source>
        <translation>默认借阅期限(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;working days</source>
        <translation>按工作日计(&amp;W)</translation>
    </message>
    <message>
        <source>N&amp;umbering rule:</source>
        <translation>编号规则(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation>保存门类(&amp;S)</translation>
    </message>
    <message>
        <source>Item kinds (checklist)</source>
        <translation>文件类型（归档清单）</translation>
    </message>
    <message>
        <source>&amp;Add kind…</source>
        <translation>新增类型(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit kind…</source>
        <translation>修改类型(&amp;E)…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;inactive kinds</source>
        <translation>显示已停用的类型(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>原密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Re&amp;peat new password</source>
        <translation>再次输入新密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Option --%1 needs a value</source>
        <translation>选项 --%1 需要一个值</translation>
    </message>
    <message>
        <source>Find rooms, people and dossiers by any fragment</source>
        <translation>按任意片段查找房间、人员和档案</translation>
    </message>
    <message>
        <source>Register an owner; opens the owner dossier</source>
        <translation>登记业主，并建立业主档案</translation>
    </message>
    <message>
        <source>Register a co-owner</source>
        <translation>登记共有人</translation>
    </message>
    <message>
        <source>Register a tenant; opens the tenant dossier</source>
        <translation>登记租户，并建立租户档案</translation>
    </message>
    <message>
        <source>Register a household member</source>
        <translation>登记家庭成员</translation>
    </message>
    <message>
        <source>Register an entrusted agent</source>
        <translation>登记委托代理人</translation>
    </message>
    <message>
        <source>Show the owner of a room (masked unless --unmask)</source>
        <translation>显示房间的业主（除非 --unmask，否则遮蔽敏感信息）</translation>
    </message>
    <message>
        <source>Show the tenant of a room (masked unless --unmask)</source>
        <translation>显示房间的租户（除非 --unmask，否则遮蔽敏感信息）</translation>
    </message>
    <message>
        <source>Create a new archive database and its first administrator</source>
        <translation>新建档案数据库及第一位系统管理员</translation>
    </message>
    <message>
        <source>Fill an empty archive with a generated, fictional estate</source>
        <translation>向空档案库载入生成的虚构演示小区</translation>
    </message>
    <message>
        <source>Add an account (new password from ARCHIVEROOM_NEW_PASSWORD)</source>
        <translation>添加账号（新密码取自 ARCHIVEROOM_NEW_PASSWORD）</translation>
    </message>
    <message>
        <source>Add an estate (小区)</source>
        <translation>添加小区</translation>
    </message>
    <message>
        <source>Add a room; its building and unit are created when missing</source>
        <translation>添加房间；楼座和单元不存在时自动建立</translation>
    </message>
    <message>
        <source>See: archiveroom help</source>
        <translation>参见：archiveroom help</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Unknown option --%1 for '%2'</source>
        <translation>“%2”没有选项 --%1</translation>
    </message>
    <message>
        <source>The archive %1 has no accounts yet; run: archiveroom init --admin LOGIN</source>
        <translation>档案库 %1 还没有账号；请运行：archiveroom init --admin 登录名</translation>
    </message>
    <message>
        <source>Say who you are: --user LOGIN (or ARCHIVEROOM_USER)</source>
        <translation>请用 --user 登录名（或 ARCHIVEROOM_USER）说明您的身份</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password: set ARCHIVEROOM_PASSWORD or run on a terminal</source>
        <translation>没有密码：请设置 ARCHIVEROOM_PASSWORD 或在终端中运行</translation>
    </message>
    <message>
        <source>search TEXT</source>
        <translation>search 搜索内容</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要一个正整数</translation>
    </message>
    <message>
        <source>Nothing found for %1</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>--%1 %2: write the date as YYYY-MM-DD</source>
        <translation>--%1 %2：日期请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--room B-U-R is required</source>
        <translation>必须用 --room 楼座-单元-房号 指明房间</translation>
    </message>
    <message>
        <source>Gender %1: write 男/女 or male/female</source>
        <translation>性别 %1：请写 男/女 或 male/female</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Registered %1 as %2 of %3; dossier %4</source>
        <translation>已登记 %1 为 %3 的%2；档号 %4</translation>
    </message>
    <message>
        <source>Registered %1 as %2 of %3</source>
        <translation>已登记 %1 为 %3 的%2</translation>
    </message>
    <message>
        <source>%1 has no current %2</source>
        <translation>%1 目前没有%2</translation>
    </message>
    <message>
        <source>No room or archive number %1</source>
        <translation>没有房号或档号 %1</translation>
    </message>
    <message>
        <source> (old 15-digit number)</source>
        <translation>（15 位旧号码）</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>(sensitive values masked; --unmask shows them if your role may)</source>
        <translation>（敏感信息已遮蔽；如您的角色有权限，可用 --unmask 显示）</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>init needs --admin LOGIN</source>
        <translation>init 需要 --admin 登录名</translation>
    </message>
    <message>
        <source>%1 already holds an archive with accounts</source>
        <translation>%1 已是有账号的档案库</translation>
    </message>
    <message>
        <source>No new password: set ARCHIVEROOM_NEW_PASSWORD or run on a terminal</source>
        <translation>没有新密码：请设置 ARCHIVEROOM_NEW_PASSWORD 或在终端中运行</translation>
    </message>
    <message>
        <source>Created the archive %1 with administrator %2</source>
        <translation>已创建档案库 %1，系统管理员为 %2</translation>
    </message>
    <message>
        <source>--households needs a number</source>
        <translation>--households 需要一个数字</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>已生成 %1 / %2 户</translation>
    </message>
    <message>
        <source>Generated %1 estates, %2 buildings, %3 rooms, %4 persons, %5 dossiers in %6 s</source>
        <translation>已生成 %1 个小区、%2 座楼、%3 个房间、%4 位人员、%5 份档案，用时 %6 秒</translation>
    </message>
    <message>
        <source>user add LOGIN --role ROLE --department DEPT --name NAME</source>
        <translation>user add 登录名 --role 角色 --department 部门 --name 姓名</translation>
    </message>
    <message>
        <source>Role %1: one of leader, manager, assistant, clerk, staff, admin</source>
        <translation>角色 %1：应为 leader、manager、assistant、clerk、staff、admin 之一</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3)</source>
        <translation>已添加 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Added estate %1 %2</source>
        <translation>已添加小区 %1 %2</translation>
    </message>
    <message>
        <source>Area %1: a number of square metres</source>
        <translation>面积 %1：请填写平方米数</translation>
    </message>
    <message>
        <source>Use %1: one of residential, commercial, office, parking, storage, other</source>
        <translation>用途 %1：应为 residential、commercial、office、parking、storage、other 之一</translation>
    </message>
    <message>
        <source>room add B-U-R [--estate CODE] [--area M2] [--use USE]</source>
        <translation>room add 楼座-单元-房号 [--estate 小区代码] [--area 面积] [--use 用途]</translation>
    </message>
    <message>
        <source>Added room %1 in %2</source>
        <translation>已在 %2 添加房间 %1</translation>
    </message>
    <message>
        <source>No help for: %1</source>
        <translation>没有关于“%1”的帮助</translation>
    </message>
    <message>
        <source>ArchiveRoom %1 — the archive room of a property-management company</source>
        <translation>档案室 %1 —— 物业公司档案管理</translation>
    </message>
    <message>
        <source>Without a command the window opens. The password comes from ARCHIVEROOM_PASSWORD or is asked.</source>
        <translation>不带命令时打开窗口。密码取自 ARCHIVEROOM_PASSWORD，或在终端提示输入。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 usage error, 3 permission denied, 4 invalid input (nothing written), 5 not found, 6 conflict</source>
        <translation>退出码：0 完成，1 失败，2 用法错误，3 无权限，4 输入无效（未写入任何内容），5 未找到，6 冲突</translation>
    </message>
    <message>
        <source>More: archiveroom help COMMAND</source>
        <translation>更多说明：archiveroom help 命令</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>show ROOM|ARCHIVE-NO [--unmask --reason TEXT]</source>
        <translation>show 房号|档号 [--unmask --reason 原因]</translation>
    </message>
    <message>
        <source>--checkpoint %1: write it as ID:HASH, as audit verify prints it</source>
        <translation>--checkpoint %1：请按 audit verify 输出的格式填写，即 编号:哈希值</translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2</source>
        <translation>审计日志在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Chain intact, %1 records</source>
        <translation>审计链完整，共 %1 条记录</translation>
    </message>
    <message>
        <source>Checkpoint: %1 (keep it away from this computer; audit verify --checkpoint checks the trail against it)</source>
        <translation>核对点：%1（请在本机以外另行保存；audit verify --checkpoint 可据此核对日志）</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>事由：%1</translation>
    </message>
    <message>
        <source>--person %1: give the person's number (person_id)</source>
        <translation>--person %1：请填写人员编号（person_id）</translation>
    </message>
    <message>
        <source>No audit records match</source>
        <translation>没有符合条件的审计记录</translation>
    </message>
    <message>
        <source>Check the audit trail's hash chain; exit 1 names the first broken record</source>
        <translation>校验审计日志的哈希链；退出码 1 时指出第一条被破坏的记录</translation>
    </message>
    <message>
        <source>Read the audit trail: who viewed, unmasked or changed what, and when</source>
        <translation>查阅审计日志：谁在何时查看、查看完整信息或修改了什么</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; print it and lock it away):</source>
        <translation>恢复密钥（仅此一次显示；请打印并锁入保险柜）：</translation>
    </message>
    <message>
        <source>No account %1</source>
        <translation>没有账号 %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  （已停用）</translation>
    </message>
    <message>
        <source>user edit LOGIN [--name NAME] [--role ROLE] [--department DEPT] [--disable|--enable]</source>
        <translation>user edit 登录名 [--name 姓名] [--role 角色] [--department 部门] [--disable|--enable]</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>No current password</source>
        <translation>没有当前密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>user reset LOGIN</source>
        <translation>user reset 登录名</translation>
    </message>
    <message>
        <source>New password set for %1</source>
        <translation>已为 %1 设置新密码</translation>
    </message>
    <message>
        <source>user recover LOGIN</source>
        <translation>user recover 登录名</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>No recovery key: set ARCHIVEROOM_RECOVERY_KEY or run on a terminal</source>
        <translation>没有恢复密钥：请设置 ARCHIVEROOM_RECOVERY_KEY 或在终端中运行</translation>
    </message>
    <message>
        <source>List the accounts</source>
        <translation>列出账号</translation>
    </message>
    <message>
        <source>Change an account's name, role or department, or disable it</source>
        <translation>修改账号的姓名、角色或部门，或停用账号</translation>
    </message>
    <message>
        <source>Change your own password (new one from ARCHIVEROOM_NEW_PASSWORD)</source>
        <translation>修改自己的密码（新密码取自 ARCHIVEROOM_NEW_PASSWORD）</translation>
    </message>
    <message>
        <source>Give an account a new password (administrators)</source>
        <translation>为账号设置新密码（系统管理员）</translation>
    </message>
    <message>
        <source>With the recovery key, give an account a new password (no sign-in)</source>
        <translation>凭恢复密钥为账号设置新密码（无需登录）</translation>
    </message>
    <message>
        <source>Give one archive number (档号)</source>
        <translation>请给出一个档号</translation>
    </message>
    <message>
        <source>There is no estate yet</source>
        <translation>还没有小区</translation>
    </message>
    <message>
        <source>Several estates: name one with --estate CODE</source>
        <translation>有多个小区：请用 --estate CODE 指定其中一个</translation>
    </message>
    <message>
        <source>There is no estate %1</source>
        <translation>没有小区 %1</translation>
    </message>
    <message>
        <source>--category and --title are required</source>
        <translation>必须提供 --category 和 --title</translation>
    </message>
    <message>
        <source>--year needs a year such as 2026</source>
        <translation>--year 需要一个年份，如 2026</translation>
    </message>
    <message>
        <source>Opened dossier %1: %2</source>
        <translation>已建立档案 %1：%2</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>门类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>not shelved</source>
        <translation>未上架</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>, destroyable from %1</source>
        <translation>，%1 起可销毁</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>材料：</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>to file by %1</source>
        <translation>应于 %1 前归档</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>nothing: complete</source>
        <translation>无，材料齐全</translation>
    </message>
    <message>
        <source>%1 has no building %2</source>
        <translation>%1 没有楼座 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) with missing items</source>
        <translation>
            <numerusform>%n 份档案缺件</numerusform>
        </translation>
    </message>
    <message>
        <source>filed late (due %1)</source>
        <translation>逾期归档（应于 %1 前归档）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应还 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件材料</numerusform>
        </translation>
    </message>
    <message>
        <source>--to LOCATION is required, e.g. --to 档案室/A柜/第2层</source>
        <translation>必须提供 --to LOCATION，如 --to 档案室/A柜/第2层</translation>
    </message>
    <message>
        <source>%1 is now at %2</source>
        <translation>%1 现存放于 %2</translation>
    </message>
    <message>
        <source>--queued needs the item number shown by dossier queue</source>
        <translation>--queued 需要 dossier queue 所显示的材料编号</translation>
    </message>
    <message>
        <source>Filed item #%1</source>
        <translation>已归档材料 #%1</translation>
    </message>
    <message>
        <source>--item KIND is required</source>
        <translation>必须提供 --item KIND</translation>
    </message>
    <message>
        <source>--pages needs a number</source>
        <translation>--pages 需要一个数字</translation>
    </message>
    <message>
        <source>--field is written NAME=VALUE, e.g. --field 维修人员=赵师傅</source>
        <translation>--field 的写法为 NAME=VALUE，如 --field 维修人员=赵师傅</translation>
    </message>
    <message>
        <source>Filed %1 in %2 as item %3</source>
        <translation>已将 %1 归入档案 %2，件号 %3</translation>
    </message>
    <message>
        <source>Received %1 for %2 as item %3; to be filed by the clerk</source>
        <translation>已为档案 %2 登记收件 %1，件号 %3；待资料管理员归档</translation>
    </message>
    <message>
        <source>The checklist is complete</source>
        <translation>材料清单已齐全</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>仍缺：%1</translation>
    </message>
    <message>
        <source>owner change ROOM --name … --id … [--date YYYY-MM-DD]</source>
        <translation>owner change ROOM --name … --id … [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>New owner of %1: %2; dossier %3</source>
        <translation>%1 的新业主：%2；档号 %3</translation>
    </message>
    <message>
        <source>Former owner's dossier %1 kept apart; destroyable from %2</source>
        <translation>原业主档案 %1 已另行保管；%2 起可销毁</translation>
    </message>
    <message>
        <source>location add PATH --kind room|cabinet|shelf|box</source>
        <translation>location add PATH --kind room|cabinet|shelf|box</translation>
    </message>
    <message>
        <source>Added %1 %2</source>
        <translation>已添加%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n 卷</numerusform>
        </translation>
    </message>
    <message>
        <source>handover add ARCHIVE-NO… --from NAME --to NAME [--stage to_clerk|to_company]</source>
        <translation>handover add ARCHIVE-NO… --from NAME --to NAME [--stage to_clerk|to_company]</translation>
    </message>
    <message numerus="yes">
        <source>Hand-over #%1 recorded: %n dossier(s)</source>
        <translation>
            <numerusform>已登记移交 #%1：%n 份档案</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover campaign on for %1: filing is due the same day</source>
        <translation>%1 已进入收楼期：材料须在收件当日归档</translation>
    </message>
    <message>
        <source>Handover campaign over for %1: filing is due within a week</source>
        <translation>%1 收楼期已结束：材料须在一周内归档</translation>
    </message>
    <message>
        <source>Category %1 updated</source>
        <translation>门类 %1 已更新</translation>
    </message>
    <message>
        <source>There is no category %1</source>
        <translation>没有门类 %1</translation>
    </message>
    <message>
        <source>checklist list CATEGORY</source>
        <translation>checklist list CATEGORY</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  （已停用）</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必备</translation>
    </message>
    <message>
        <source>checklist add CATEGORY --name NAME [--required] [--fields A|B|C]</source>
        <translation>checklist add CATEGORY --name NAME [--required] [--fields A|B|C]</translation>
    </message>
    <message>
        <source>Added item kind %1</source>
        <translation>已添加材料类别 %1</translation>
    </message>
    <message>
        <source>Open a dossier by hand (repair, service, security, engineering, finance); prints its archive number</source>
        <translation>手工建立档案（维修、服务记录、安全、工程、财务），并输出档号</translation>
    </message>
    <message>
        <source>A dossier with its items, checklist, location and history</source>
        <translation>显示档案及其材料、材料清单、存放位置和历史记录</translation>
    </message>
    <message>
        <source>The dossiers of a room: owner, tenant, former owners, repair and service records</source>
        <translation>列出房间的档案：业主、租户、原业主、维修和服务记录</translation>
    </message>
    <message>
        <source>Owner and tenant dossiers with required items missing, in shelf order</source>
        <translation>按上架顺序列出缺少必备材料的业主档案和租户档案</translation>
    </message>
    <message>
        <source>Received items waiting to be filed; --late: late filings for the manager</source>
        <translation>列出已收件、待归档的材料；--late：列出逾期归档，供部门经理查看</translation>
    </message>
    <message>
        <source>Register a received item (filed at once by the clerk; --queue to file later)</source>
        <translation>登记收件（资料管理员登记时即归档；加 --queue 则稍后归档）</translation>
    </message>
    <message>
        <source>A new owner for a room: new dossier; the former one kept apart, destroyable 3 years later</source>
        <translation>房间业主变更：为新业主建立档案；原业主档案另行保管，3 年后可销毁</translation>
    </message>
    <message>
        <source>Add an archive room, cabinet, shelf or box</source>
        <translation>添加档案室、档案柜、层架或档案盒</translation>
    </message>
    <message>
        <source>The archive rooms, cabinets, shelves and boxes</source>
        <translation>列出档案室、档案柜、层架和档案盒</translation>
    </message>
    <message>
        <source>Record a hand-over batch (assistant → clerk, clerk → company archive room)</source>
        <translation>登记一批移交（物业助理 → 资料管理员，资料管理员 → 公司档案室）</translation>
    </message>
    <message>
        <source>Start a handover campaign: filing is due the same day (manager)</source>
        <translation>开始收楼期：材料须在收件当日归档（部门经理）</translation>
    </message>
    <message>
        <source>End the handover campaign (manager)</source>
        <translation>结束收楼期（部门经理）</translation>
    </message>
    <message>
        <source>Dossier categories: department, retention, loan period, numbering</source>
        <translation>列出档案门类：所属部门、保管期限、借阅期限、编号规则</translation>
    </message>
    <message>
        <source>Change a category's department, retention, loan period or numbering rule (administrator)</source>
        <translation>修改门类的所属部门、保管期限、借阅期限或编号规则（系统管理员）</translation>
    </message>
    <message>
        <source>The item kinds of a category; required ones make the checklist</source>
        <translation>列出门类的材料类别；必备类别构成材料清单</translation>
    </message>
    <message>
        <source>Add an item kind to a category's checklist (administrator)</source>
        <translation>向门类的材料清单添加材料类别（系统管理员）</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>借阅 %1</translation>
    </message>
    <message>
        <source>approver: %1</source>
        <translation>审批人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>extension asked</source>
        <translation>已申请续借</translation>
    </message>
    <message>
        <source>loan request ARCHIVE-NO --borrower LOGIN --mode view|borrow|copy --purpose TEXT</source>
        <translation>loan request 档号 --borrower 登录名 --mode view|borrow|copy --purpose 用途</translation>
    </message>
    <message>
        <source>Mode %1: one of view, borrow, copy</source>
        <translation>方式 %1：应为 view、borrow、copy 之一</translation>
    </message>
    <message>
        <source>--until %1: write the date as YYYY-MM-DD</source>
        <translation>--until %1：日期请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>loan approve ID [--reason TEXT]</source>
        <translation>loan approve 编号 [--reason 理由]</translation>
    </message>
    <message>
        <source>loan reject ID --reason TEXT</source>
        <translation>loan reject 编号 --reason 理由</translation>
    </message>
    <message>
        <source>loan checkout ID|ARCHIVE-NO [--borrower LOGIN] [--purpose TEXT]</source>
        <translation>loan checkout 编号|档号 [--borrower 登录名] [--purpose 用途]</translation>
    </message>
    <message>
        <source>Condition %1: one of ok, damaged, incomplete</source>
        <translation>状况 %1：应为 ok、damaged、incomplete 之一</translation>
    </message>
    <message>
        <source>loan extend ID --until YYYY-MM-DD [--reason TEXT]</source>
        <translation>loan extend 编号 --until YYYY-MM-DD [--reason 理由]</translation>
    </message>
    <message>
        <source>loan lost ID --report TEXT</source>
        <translation>loan lost 编号 --report 报告</translation>
    </message>
    <message>
        <source>loan copy ID --pages PAGES --sheets N [--copies N]</source>
        <translation>loan copy 编号 --pages 页码 --sheets 张数 [--copies 份数]</translation>
    </message>
    <message>
        <source>--sheets and --copies need numbers</source>
        <translation>--sheets 和 --copies 需要数字</translation>
    </message>
    <message>
        <source>Copy registered (ZC-05/B05): %1 pages %2, %3 sheet(s) x %4</source>
        <translation>复制已登记（ZC-05/B05）：%1 第 %2 页，%3 张 × %4 份</translation>
    </message>
    <message>
        <source>No loans</source>
        <translation>没有借阅记录</translation>
    </message>
    <message>
        <source>visit add --organ ORGAN --officer NAME --credential DOC --dossier ARCHIVE-NO --approved-by LOGIN</source>
        <translation>visit add --organ 机关 --officer 姓名 --credential 证件 --dossier 档号 --approved-by 登录名</translation>
    </message>
    <message>
        <source>Visit %1 registered: %2 %3 views %4 in the archive room only</source>
        <translation>查阅 %1 已登记：%2 %3 仅在档案室内查阅 %4</translation>
    </message>
    <message>
        <source>calendar load FILE</source>
        <translation>calendar load 文件</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Working-day calendar %1 loaded: %2 date(s)</source>
        <translation>已载入 %1 年工作日历：%2 个日期</translation>
    </message>
    <message>
        <source>Owner request %1: %2 %3 — %4%5</source>
        <translation>业主请求 %1：%2 %3 — %4%5</translation>
    </message>
    <message>
        <source>owner request ARCHIVE-NO --kind view|correct|copy --detail TEXT</source>
        <translation>owner request 档号 --kind view|correct|copy --detail 内容</translation>
    </message>
    <message>
        <source>Kind %1: one of view, correct, copy</source>
        <translation>类别 %1：应为 view、correct、copy 之一</translation>
    </message>
    <message>
        <source>owner answer ID --answer TEXT</source>
        <translation>owner answer 编号 --answer 答复</translation>
    </message>
    <message>
        <source>damage repaired ID --note TEXT</source>
        <translation>damage repaired 编号 --note 说明</translation>
    </message>
    <message>
        <source>Damage record %1 closed: repaired</source>
        <translation>损坏记录 %1 已关闭：已修复</translation>
    </message>
    <message>
        <source>Ask to view, borrow or copy a dossier; prints the decision</source>
        <translation>申请查阅、借出或复制档案，并显示审批结果</translation>
    </message>
    <message>
        <source>Approve a request or an extension (department head, leader)</source>
        <translation>批准借阅或续借申请（部门负责人、公司领导）</translation>
    </message>
    <message>
        <source>Reject a request or an extension, with the reason</source>
        <translation>驳回借阅或续借申请并说明理由</translation>
    </message>
    <message>
        <source>Hand a dossier over at the desk (loan ID or scanned 档号)</source>
        <translation>在借还台交付档案（借阅编号或扫描档号）</translation>
    </message>
    <message>
        <source>Check a dossier in and record its condition</source>
        <translation>归还档案并记录状况</translation>
    </message>
    <message>
        <source>Ask for (or grant) a later due date, before the due date</source>
        <translation>在到期前申请（或批准）延期归还</translation>
    </message>
    <message>
        <source>Report a dossier lost on loan, with the written report</source>
        <translation>登记借出档案遗失，附书面报告</translation>
    </message>
    <message>
        <source>Register the copies made for an approved copy request</source>
        <translation>登记已批准复制申请的复制情况</translation>
    </message>
    <message>
        <source>List loans (all you may see, overdue ones, or your own)</source>
        <translation>列出借阅记录（可见的全部、逾期的或本人的）</translation>
    </message>
    <message>
        <source>Register a state organ's viewing in the archive room (never a take-out)</source>
        <translation>登记国家机关在档案室内查阅（不得借出）</translation>
    </message>
    <message>
        <source>Register an owner's request to view, correct or copy their own record</source>
        <translation>登记业主查阅、更正或复制本人档案的请求</translation>
    </message>
    <message>
        <source>Record the answer to an owner's request</source>
        <translation>登记对业主请求的答复</translation>
    </message>
    <message>
        <source>List owners' requests (open ones, or --all)</source>
        <translation>列出业主请求（未答复的，或 --all 全部）</translation>
    </message>
    <message>
        <source>List damaged or incomplete dossiers waiting for repair (or --all)</source>
        <translation>列出待修复的损坏或缺失档案（或 --all 全部）</translation>
    </message>
    <message>
        <source>Close a damage record once the dossier is repaired</source>
        <translation>档案修复后关闭损坏记录</translation>
    </message>
    <message>
        <source>Load a year of public holidays and make-up working days (administrator)</source>
        <translation>载入某年的法定节假日和调休工作日（管理员）</translation>
    </message>
    <message>
        <source>List the years of the working-day calendar</source>
        <translation>列出工作日历已有的年份</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n page(s)</source>
        <translation>
            <numerusform>已写入 %1：%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a form, catalog, register or spine labels to a PDF file</source>
        <translation>将表格、目录、登记表或脊背标签打印为 PDF 文件</translation>
    </message>
    <message>
        <source>The label sheets spine labels can be printed on</source>
        <translation>可用于打印脊背标签的标签纸</translation>
    </message>
    <message>
        <source>Save a label sheet (sizes in millimetres)</source>
        <translation>保存一种标签纸（尺寸以毫米计）</translation>
    </message>
    <message>
        <source>--%1 %2: give a number</source>
        <translation>--%1 %2：请填写数字</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>必须指定 --out FILE.pdf</translation>
    </message>
    <message>
        <source>--out %1: the file is written as PDF and must end in .pdf</source>
        <translation>--out %1：输出为 PDF 文件，文件名须以 .pdf 结尾</translation>
    </message>
    <message>
        <source>--code is qr or code128</source>
        <translation>--code 只能是 qr 或 code128</translation>
    </message>
    <message>
        <source>Name the label sheet</source>
        <translation>请指定标签纸名称</translation>
    </message>
    <message>
        <source>Label sheet %1 saved</source>
        <translation>标签纸 %1 已保存</translation>
    </message>
    <message>
        <source>Row %1, %2 “%3”: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>%1, sheet %2 (header in row %3): %4 to add, %5 to update, %6 unchanged, %7 rejected</source>
        <translation>%1，工作表 %2（表头在第 %3 行）：新增 %4，更新 %5，不变 %6，驳回 %7</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Nothing to change: everything in the file is on record.</source>
        <translation>没有需要修改的：文件中的内容均已登记。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>仅检查：未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rejected rows, or import the good ones with --only-valid.</source>
        <translation>未导入任何内容：请修正被驳回的行，或用 --only-valid 只导入正确的行。</translation>
    </message>
    <message>
        <source>export owners FILE.xlsx|FILE.csv</source>
        <translation>export owners 文件.xlsx|文件.csv</translation>
    </message>
    <message>
        <source>%1 written: %2 owners</source>
        <translation>已写入 %1：%2 位业主</translation>
    </message>
    <message>
        <source>Import a handover roster of owners (and tenants, members, rooms) from .xlsx or .csv</source>
        <translation>从 .xlsx 或 .csv 导入开发商移交业主名册（也可含租户、家庭成员、房间）</translation>
    </message>
    <message>
        <source>Export the current owners to .xlsx or .csv (masked; audited)</source>
        <translation>将现任业主导出为 .xlsx 或 .csv（遮蔽敏感信息，记入审计）</translation>
    </message>
    <message>
        <source>export dossiers FILE.xlsx|FILE.csv</source>
        <translation>export dossiers 文件.xlsx|文件.csv</translation>
    </message>
    <message>
        <source>%1 written: %2 dossiers</source>
        <translation>已写入 %1：%2 份档案</translation>
    </message>
    <message>
        <source>Export the dossier list (catalog) of an estate or a building to .xlsx or .csv (audited)</source>
        <translation>把小区或楼栋的档案目录导出为 .xlsx 或 .csv（记入审计日志）</translation>
    </message>
    <message>
        <source>There is no archive at %1; check the path, or create one with: archiveroom init --admin LOGIN</source>
        <translation>%1 处没有档案库；请检查路径，或用 archiveroom init --admin 登录名 新建</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the whole archive (database and scans)</source>
        <translation>写出整个档案库（数据库和扫描件）的加密备份</translation>
    </message>
    <message>
        <source>Decrypt and check a backup completely; exit 1 names what is wrong</source>
        <translation>完整解密并检查备份；有问题时退出码为 1 并说明问题</translation>
    </message>
    <message>
        <source>Restore a backup into a new archive file (never over an existing one)</source>
        <translation>将备份恢复为新的档案文件（不会覆盖已有文件）</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) without a place</source>
        <translation>
            <numerusform>%n 份档案未定存放位置</numerusform>
        </translation>
    </message>
    <message>
        <source>category set CODE [--retention Y|D30] [--department …] [--loan-days N | --loan-working-days N | --loan-calendar-days N] [--numbering PATTERN]</source>
        <translation>category set 门类代码 [--retention Y|D30] [--department …] [--loan-days N | --loan-working-days N | --loan-calendar-days N] [--numbering 规则]</translation>
    </message>
    <message>
        <source>Give one of --loan-days, --loan-working-days and --loan-calendar-days</source>
        <translation>--loan-days、--loan-working-days、--loan-calendar-days 只能给出其中一个</translation>
    </message>
    <message>
        <source>--%1 needs a number</source>
        <translation>--%1 需要一个数字</translation>
    </message>
    <message>
        <source>Folders that have no place yet, in shelf order, for dossier move</source>
        <translation>尚无存放位置的档案（按上架顺序），供 dossier move 上架</translation>
    </message>
    <message>
        <source>loan return ID|ARCHIVE-NO --condition ok|damaged|incomplete [--note TEXT]</source>
        <translation>loan return 编号|档号 --condition ok|damaged|incomplete [--note 说明]</translation>
    </message>
    <message>
        <source>--condition is required: say how the dossier came back (ok, damaged or incomplete)</source>
        <translation>必须提供 --condition：写明档案归还时的状况（ok 完好、damaged 损坏或 incomplete 缺失）</translation>
    </message>
    <message>
        <source>loan found ARCHIVE-NO --note TEXT</source>
        <translation>loan found 档号 --note 说明</translation>
    </message>
    <message>
        <source>%1 found again: %2</source>
        <translation>%1 已找回：%2</translation>
    </message>
    <message>
        <source>Nothing waits for your decision</source>
        <translation>没有等待您审批的申请</translation>
    </message>
    <message>
        <source>Record that a lost dossier was found again, with a note</source>
        <translation>登记遗失的档案已找回，并写明说明</translation>
    </message>
    <message>
        <source>Requests and extensions waiting for your decision</source>
        <translation>等待您审批的借阅申请和续借申请</translation>
    </message>
    <message>
        <source>edit ROOM|ARCHIVE-NO [--name …] [--phone …] …</source>
        <translation>edit 房号|档号 [--name …] [--phone …] …</translation>
    </message>
    <message>
        <source>person edit PERSON-ID [--name …] [--phone …] …</source>
        <translation>person edit 人员编号 [--name …] [--phone …] …</translation>
    </message>
    <message>
        <source>%1 is not a person number (the person_id of owner show --json)</source>
        <translation>%1 不是人员编号（见 owner show --json 中的 person_id）</translation>
    </message>
    <message>
        <source>Give at least one field to change, e.g. --phone 13800135678</source>
        <translation>请至少给出一项要修改的内容，例如 --phone 13800135678</translation>
    </message>
    <message>
        <source>Nothing changed for %1</source>
        <translation>%1 的资料没有变化</translation>
    </message>
    <message>
        <source>Corrected %1: %2 (kept in the history)</source>
        <translation>已修改 %1 的资料：%2（已记入变更记录）</translation>
    </message>
    <message>
        <source>Correct the owner's details; each change is kept in the history</source>
        <translation>修改业主资料；每项修改记入变更记录</translation>
    </message>
    <message>
        <source>Correct the tenant's details; each change is kept in the history</source>
        <translation>修改租户资料；每项修改记入变更记录</translation>
    </message>
    <message>
        <source>Correct a person's details by person number (co-owners, members, agents)</source>
        <translation>按人员编号修改人员资料（共有人、家庭成员、委托代理人）</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>a company leader</source>
        <translation>公司领导</translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation>待审批：%1</translation>
    </message>
    <message>
        <source>destroyed on %1</source>
        <translation>%1 已销毁</translation>
    </message>
    <message>
        <source>hold add ARCHIVE-NO --reason TEXT</source>
        <translation>hold add 档号 --reason 理由</translation>
    </message>
    <message>
        <source>%1 is on hold: %2</source>
        <translation>%1 已冻结（暂缓销毁）：%2</translation>
    </message>
    <message>
        <source>hold release ARCHIVE-NO</source>
        <translation>hold release 档号</translation>
    </message>
    <message>
        <source>The hold of %1 is released</source>
        <translation>%1 已解除冻结</translation>
    </message>
    <message>
        <source>destroyable from %1</source>
        <translation>%1 起可销毁</translation>
    </message>
    <message>
        <source>No dossier may be destroyed today</source>
        <translation>今天没有可销毁的档案</translation>
    </message>
    <message>
        <source>destroy propose ARCHIVE-NO… --reason TEXT</source>
        <translation>destroy propose 档号… --reason 理由</translation>
    </message>
    <message>
        <source>destroy approve BATCH</source>
        <translation>destroy approve 批次号</translation>
    </message>
    <message>
        <source>destroy reject BATCH --reason TEXT</source>
        <translation>destroy reject 批次号 --reason 理由</translation>
    </message>
    <message>
        <source>destroy execute BATCH --method TEXT --witness LOGIN --witness LOGIN</source>
        <translation>destroy execute 批次号 --method 方式 --witness 登录名 --witness 登录名</translation>
    </message>
    <message>
        <source>No destruction batch yet</source>
        <translation>尚无销毁批次</translation>
    </message>
    <message>
        <source>export destruction-list FILE.xlsx|FILE.csv --batch N</source>
        <translation>export destruction-list 文件.xlsx|文件.csv --batch 批次号</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Put a dossier on hold: it is never destroyed until released</source>
        <translation>冻结档案：解除冻结前不得销毁</translation>
    </message>
    <message>
        <source>Release the hold of a dossier (its owning department's head or a leader)</source>
        <translation>解除档案冻结（归属部门负责人或公司领导）</translation>
    </message>
    <message>
        <source>Dossiers past retention that may be proposed for destruction</source>
        <translation>已过保管期限、可提出销毁的档案</translation>
    </message>
    <message>
        <source>Propose a destruction batch (the clerk)</source>
        <translation>提出销毁批次（档案管理员）</translation>
    </message>
    <message>
        <source>Approve a destruction batch: your department's part, or the batch as a leader</source>
        <translation>审批销毁批次：部门负责人审批本部门部分，公司领导审批整批</translation>
    </message>
    <message>
        <source>Reject a destruction batch with a reason</source>
        <translation>驳回销毁批次（须说明理由）</translation>
    </message>
    <message>
        <source>Carry out an approved destruction batch with its method and two witnesses</source>
        <translation>按销毁方式并由两名监销人监督执行已批准的销毁批次</translation>
    </message>
    <message>
        <source>The destruction batches</source>
        <translation>销毁批次列表</translation>
    </message>
    <message>
        <source>Export the destruction list of a batch to .xlsx or .csv</source>
        <translation>将批次的销毁清册导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation>缺失日期</translation>
    </message>
    <message>
        <source>%1 (not found at a reconciliation)</source>
        <translation>%1（盘点时未找到）</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>%1 (since %2, %3)</source>
        <translation>%1（自 %2 起，%3）</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>on %1 in batch %2</source>
        <translation>%1 于批次 %2 销毁</translation>
    </message>
    <message>
        <source>Damage record %1 opened for %2: waiting for repair (%3)</source>
        <translation>已为 %2 登记损坏记录 %1：等待修复（%3）</translation>
    </message>
    <message>
        <source>Record damage found at a daily check (outside a loan) for the owning department</source>
        <translation>登记日常检查发现的损坏（非借阅），通知归口部门</translation>
    </message>
    <message>
        <source>print destruction-list --batch N --out FILE.pdf</source>
        <translation>print destruction-list --batch 批次号 --out 文件.pdf</translation>
    </message>
    <message>
        <source>Session %1: give the number of a reconciliation session (see reconcile list)</source>
        <translation>批次 %1：请给出盘点批次号（见 reconcile list）</translation>
    </message>
    <message>
        <source>the whole archive</source>
        <translation>整个档案室</translation>
    </message>
    <message>
        <source>reconcile start [--location PATH]</source>
        <translation>reconcile start [--location 位置路径]</translation>
    </message>
    <message numerus="yes">
        <source>Session %1 started over %2: %n dossier(s) expected</source>
        <translation>
            <numerusform>盘点批次 %1 已开始，范围 %2：应在 %n 卷</numerusform>
        </translation>
    </message>
    <message>
        <source>reconcile scan SESSION [CODE…] (or one code per line on standard input)</source>
        <translation>reconcile scan 批次 [编码…]（或在标准输入中每行一个编码）</translation>
    </message>
    <message>
        <source>(missing since %1: found)</source>
        <translation>（自 %1 起缺失：已找到）</translation>
    </message>
    <message>
        <source>Cannot read the standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>Session %1 (%2): expected %3, in place %4, misplaced %5, on loan %6, missing %7, unknown %8</source>
        <translation>盘点批次 %1（%2）：应在 %3，在架 %4，错架 %5，借出 %6，缺失 %7，未知 %8</translation>
    </message>
    <message>
        <source>reconcile finish SESSION</source>
        <translation>reconcile finish 批次</translation>
    </message>
    <message>
        <source>reconcile show SESSION</source>
        <translation>reconcile show 批次</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>expected %1, scanned %2</source>
        <translation>应在 %1，已扫描 %2</translation>
    </message>
    <message>
        <source>missing since %1</source>
        <translation>自 %1 起缺失</translation>
    </message>
    <message>
        <source>reconcile lost ARCHIVE-NO --report TEXT</source>
        <translation>reconcile lost 档号 --report 报告</translation>
    </message>
    <message>
        <source>%1 is recorded as lost; the report is kept in its history</source>
        <translation>%1 已登记为遗失；报告已保存在其变更记录中</translation>
    </message>
    <message>
        <source>reconcile move SESSION ARCHIVE-NO…</source>
        <translation>reconcile move 批次 档号…</translation>
    </message>
    <message>
        <source>%1 moved into the session's place</source>
        <translation>%1 已移至本次盘点的位置</translation>
    </message>
    <message>
        <source>violation add --person NAME --what TEXT --measure 警告|记过|记大过|罚款 [--amount YUAN] [--loan ID] [--dossier ARCHIVE-NO]</source>
        <translation>violation add --person 姓名 --what 事实 --measure 警告|记过|记大过|罚款 [--amount 元] [--loan 借阅编号] [--dossier 档号]</translation>
    </message>
    <message>
        <source>--loan %1: give the loan's number</source>
        <translation>--loan %1：请给出借阅编号</translation>
    </message>
    <message>
        <source>Violation %1 recorded: %2, %3</source>
        <translation>已登记违规 %1：%2，%3</translation>
    </message>
    <message>
        <source>--out %1: the report is written as .pdf or .xlsx</source>
        <translation>--out %1：报告只能写成 .pdf 或 .xlsx</translation>
    </message>
    <message>
        <source>Start a reconciliation of the whole archive or of a place and everything in it</source>
        <translation>开始盘点整个档案室，或某一位置及其下属全部位置</translation>
    </message>
    <message>
        <source>Scan folders into a session (codes as arguments or one per line on standard input); each is classified at once</source>
        <translation>向盘点批次扫描案卷（编码作为参数，或在标准输入中每行一个）；每次扫描立即分类</translation>
    </message>
    <message>
        <source>Finish a session: lists the missing and the misplaced; the session becomes read-only</source>
        <translation>结束盘点批次：列出缺失和错架的档案；批次随后只读</translation>
    </message>
    <message>
        <source>The counts and lists of a session (so far)</source>
        <translation>盘点批次（目前为止）的统计和清单</translation>
    </message>
    <message>
        <source>List the reconciliation sessions</source>
        <translation>列出盘点批次</translation>
    </message>
    <message>
        <source>Dossiers found missing and not found since</source>
        <translation>盘点发现缺失且尚未找到的档案</translation>
    </message>
    <message>
        <source>Report the loss of a missing dossier that is not on loan</source>
        <translation>报告未借出的缺失档案遗失</translation>
    </message>
    <message>
        <source>Record a violation and the measure taken (managers, leaders)</source>
        <translation>登记违规及处理措施（部门经理、公司领导）</translation>
    </message>
    <message>
        <source>List violations, newest first (managers, leaders)</source>
        <translation>列出违规记录，最新的在前（部门经理、公司领导）</translation>
    </message>
    <message>
        <source>Move folders scanned as misplaced into the session's place</source>
        <translation>将扫描为错架的案卷移至本次盘点的位置</translation>
    </message>
    <message>
        <source>Name one form: owner-form, tenant-form, catalog, borrow-register, copy-register, labels, destruction-list, reconciliation, self-inspection</source>
        <translation>请指定一种表格：owner-form、tenant-form、catalog、borrow-register、copy-register、labels、destruction-list、reconciliation、self-inspection</translation>
    </message>
    <message>
        <source>print reconciliation --session S|--month YYYY-MM --out FILE.pdf|FILE.xlsx</source>
        <translation>print reconciliation --session 批次|--month YYYY-MM --out 文件.pdf|文件.xlsx</translation>
    </message>
    <message>
        <source>--month %1: write the month as YYYY-MM</source>
        <translation>--month %1：月份请写成 YYYY-MM</translation>
    </message>
    <message>
        <source>--list %1: one of %2</source>
        <translation>--list %1：应为以下之一：%2</translation>
    </message>
    <message>
        <source>%1 is not part of what your role sees</source>
        <translation>%1 不在您的角色查看范围内</translation>
    </message>
    <message>
        <source>status [--month YYYY-MM] [--list KEY]</source>
        <translation>status [--month YYYY-MM] [--list KEY]</translation>
    </message>
    <message>
        <source>Self-inspection of %1 (month %2)</source>
        <translation>%1 的自查（月份 %2）</translation>
    </message>
    <message>
        <source>Reconciliation this month: %1 — %2 of %3 session(s) finished, %4 place(s) not reconciled, %5 found missing</source>
        <translation>本月盘点：%1 —— 已结束 %2 批（共 %3 批），未盘点位置 %4 处，盘点缺失 %5 卷</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2 hours ago)</source>
        <translation>最近备份：%1（%2 小时前）</translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation>最近备份：无</translation>
    </message>
    <message>
        <source>The self-inspection numbers; --list KEY prints the list behind one</source>
        <translation>自查数字；--list KEY 列出某个数字背后的清单</translation>
    </message>
    <message>
        <source>Give the archive numbers (档号) of the folders to move</source>
        <translation>请给出要移动的案卷档号</translation>
    </message>
    <message>
        <source>Move folders to another archive room, cabinet, shelf or box</source>
        <translation>把案卷移到另一个档案室、档案柜、层架或档案盒</translation>
    </message>
    <message>
        <source>loan withdraw ID [--reason TEXT]</source>
        <translation>loan withdraw 编号 [--reason 原因]</translation>
    </message>
    <message>
        <source>Status %1: one of pending, approved, rejected, in_room, refused, out, returned, lost, withdrawn</source>
        <translation>状态 %1：应为 pending、approved、rejected、in_room、refused、out、returned、lost、withdrawn 之一</translation>
    </message>
    <message>
        <source>Withdraw your own request while it waits for its decision</source>
        <translation>撤回本人尚未审批的申请</translation>
    </message>
    <message>
        <source>--read-only opens an existing archive; init makes a new one</source>
        <translation>--read-only 用于打开已有的档案；init 用于新建档案，二者不能同时使用</translation>
    </message>
    <message>
        <source>  (photo)</source>
        <translation>  （有照片）</translation>
    </message>
    <message>
        <source>damage add ARCHIVE-NO --note TEXT [--photo FILE]</source>
        <translation>damage add 档号 --note 说明 [--photo 文件]</translation>
    </message>
    <message>
        <source>damage photo ID --out FILE</source>
        <translation>damage photo 编号 --out 文件</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Photo of damage record %1 written to %2</source>
        <translation>损坏记录 %1 的照片已保存到 %2</translation>
    </message>
    <message>
        <source>Save the photo of a damage record to a file (audited view)</source>
        <translation>把损坏记录的照片保存到文件（查看记入审计日志）</translation>
    </message>
    <message>
        <source>Usage: archiveroom [--db PATH] [--user LOGIN] [--json] [--lang zh_CN|en] [--read-only] COMMAND [ARGS]</source>
        <translation>用法：archiveroom [--db 路径] [--user 登录名] [--json] [--lang zh_CN|en] [--read-only] 命令 [参数]</translation>
    </message>
    <message>
        <source>  (key of the older form: reset the password or sign in once)</source>
        <translation>  （旧格式密钥：请重置密码，或让该账号登录一次）</translation>
    </message>
    <message>
        <source>export tenants FILE.xlsx|FILE.csv</source>
        <translation>export tenants 文件.xlsx|文件.csv</translation>
    </message>
    <message>
        <source>%1 written: %2 tenants</source>
        <translation>已写入 %1：%2 位租户</translation>
    </message>
    <message>
        <source>Export the current tenants with their lease to .xlsx or .csv (masked; audited)</source>
        <translation>把当前租户及其租期导出为 .xlsx 或 .csv（遮蔽；记入审计日志）</translation>
    </message>
    <message>
        <source>Document type %1: one of cn_id, passport, hk_macao, taiwan, foreigner, other, credit_code</source>
        <translation>证件类型 %1：应为 cn_id、passport、hk_macao、taiwan、foreigner、other、credit_code 之一</translation>
    </message>
    <message>
        <source> (lease %1)</source>
        <translation>（租期 %1）</translation>
    </message>
    <message>
        <source>lease ended</source>
        <translation>租期已过</translation>
    </message>
    <message>
        <source>%1: no current tenancy to record a lease on</source>
        <translation>%1：没有可登记租期的当前租住关系</translation>
    </message>
    <message>
        <source>%1 names a tenant of several rooms: give the room</source>
        <translation>%1 是多个房间的租户：请指定房间</translation>
    </message>
    <message>
        <source>--days %1: write a number of days, e.g. 30</source>
        <translation>--days %1：请写天数，例如 30</translation>
    </message>
    <message numerus="yes">
        <source>No lease ends within %n day(s)</source>
        <translation>
            <numerusform>%n 天内没有到期的租期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lease ended %n day(s) ago</source>
        <translation>
            <numerusform>租期已过 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>List the leases ending within --days N days (30), and those already ended</source>
        <translation>列出 --days N 天（默认 30 天）内到期的租期和已过期的租期</translation>
    </message>
    <message>
        <source>import owners FILE.xlsx|FILE.xls|FILE.csv</source>
        <translation>import owners FILE.xlsx|FILE.xls|FILE.csv</translation>
    </message>
    <message>
        <source>%1 persons, %2 dossiers, %3 scans, %4 audit records</source>
        <translation>%1 名人员、%2 份档案、%3 个扫描件、%4 条审计记录</translation>
    </message>
    <message>
        <source>Name one backup file, or a folder with --dir (not both)</source>
        <translation>请指定一个备份文件，或用 --dir 指定文件夹（二者选一）</translation>
    </message>
    <message>
        <source>--keep goes with --dir: it says which backups of the folder to keep</source>
        <translation>--keep 须与 --dir 一起使用：它规定文件夹中保留哪些备份</translation>
    </message>
    <message>
        <source>--keep %1: write DAILY,WEEKLY,MONTHLY, e.g. 7,4,12 (at least one daily)</source>
        <translation>--keep %1：请写成 每日,每周,每月，例如 7,4,12（每日至少 1 份）</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes): %3</source>
        <translation>备份已写入：%1（%2 字节）：%3</translation>
    </message>
    <message>
        <source>Older backup removed: %1</source>
        <translation>已删除较早的备份：%1</translation>
    </message>
    <message>
        <source>Password of an administrator or clerk in the backup: </source>
        <translation>备份中系统管理员或档案管理员的密码：</translation>
    </message>
    <message>
        <source>No password: set ARCHIVEROOM_PASSWORD (or ARCHIVEROOM_RECOVERY_KEY) or run on a terminal</source>
        <translation>没有密码：请设置 ARCHIVEROOM_PASSWORD（或 ARCHIVEROOM_RECOVERY_KEY），或在终端中运行</translation>
    </message>
    <message>
        <source>Name the backup file to check</source>
        <translation>请指定要检查的备份文件</translation>
    </message>
    <message>
        <source>The backup %1 is not sound: %2</source>
        <translation>备份 %1 有问题：%2</translation>
    </message>
    <message>
        <source>The backup %1 is sound: made %2 by %3; %4</source>
        <translation>备份 %1 完好：%2 由 %3 制作；%4</translation>
    </message>
    <message>
        <source>Name the backup file and the new archive: backup restore FILE --to PATH</source>
        <translation>请指定备份文件和新档案：backup restore 文件 --to 路径</translation>
    </message>
    <message>
        <source>Restored into the new archive %1: %2</source>
        <translation>已恢复到新档案 %1：%2</translation>
    </message>
    <message>
        <source>Open it with: archiveroom --db %1</source>
        <translation>打开方式：archiveroom --db %1</translation>
    </message>
    <message>
        <source>pg-setup takes no words, only options: %1</source>
        <translation>pg-setup 不接受参数，只接受选项：%1</translation>
    </message>
    <message>
        <source>The database %1 (schema %2) is ready for the desks.</source>
        <translation>数据库 %1（模式 %2）已可供各前台使用。</translation>
    </message>
    <message>
        <source>Roles created: %1</source>
        <translation>已创建角色：%1</translation>
    </message>
    <message>
        <source>Tables given to %1: %2</source>
        <translation>已移交给 %1 的表：%2</translation>
    </message>
    <message>
        <source>Schema version %1 (up to date)</source>
        <translation>结构版本 %1（已是最新）</translation>
    </message>
    <message>
        <source>Schema upgraded from version %1 to %2</source>
        <translation>结构已从版本 %1 升级到 %2</translation>
    </message>
    <message>
        <source>Owner role: %1; desk role: %2 (the audit log only read and appended)</source>
        <translation>所有者角色：%1；前台角色：%2（审计记录只能读取和追加）</translation>
    </message>
    <message>
        <source>Now desks: %1</source>
        <translation>新增前台：%1</translation>
    </message>
    <message>
        <source>No longer desks: %1</source>
        <translation>不再是前台：%1</translation>
    </message>
    <message>
        <source>Desks (members of %1): %2</source>
        <translation>前台（%1 的成员）：%2</translation>
    </message>
    <message>
        <source>migrate takes no words, only --from and --to: %1</source>
        <translation>migrate 不接受参数，只接受 --from 和 --to：%1</translation>
    </message>
    <message>
        <source>migrate needs --to LOCATION (a new file or postgresql://…)</source>
        <translation>migrate 需要 --to 位置（一个新文件或 postgresql://…）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1：%2 / %3 行</translation>
    </message>
    <message>
        <source>Copied the archive %1 to %2 (schema version %3):</source>
        <translation>已将档案库 %1 复制到 %2（结构版本 %3）：</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables, the same on both sides; %3 files beside it</source>
        <translation>%2 个表共 %1 行，两边一致；附带文件 %3 个</translation>
    </message>
    <message>
        <source>Audit trail intact on the target: %1 records, last hash %2</source>
        <translation>目标上的审计记录完整：%1 条，最后的哈希值 %2</translation>
    </message>
    <message>
        <source>The source was not changed. Open the copy with: archiveroom --db %1</source>
        <translation>源未被改动。用以下命令打开副本：archiveroom --db %1</translation>
    </message>
    <message>
        <source>Prepare a PostgreSQL database for the desks: roles, schema, rights (the audit log append-only)</source>
        <translation>为各前台准备 PostgreSQL 数据库：角色、结构、权限（审计记录只能追加）</translation>
    </message>
    <message>
        <source>Copy a whole archive to another place: a file to a PostgreSQL database, or back to a new file</source>
        <translation>把整个档案库复制到另一个位置：从文件到 PostgreSQL 数据库，或从数据库到新文件</translation>
    </message>
    <message>
        <source>Unknown form %1: owner-form, tenant-form, catalog, borrow-register, copy-register, labels, destruction-list, reconciliation, self-inspection, reminders</source>
        <translation>未知的表单 %1：可用 owner-form、tenant-form、catalog、borrow-register、copy-register、labels、destruction-list、reconciliation、self-inspection、reminders</translation>
    </message>
    <message>
        <source>--loan %1: give loan numbers, separated by commas</source>
        <translation>--loan %1：请填写借阅编号，多个编号用逗号分隔</translation>
    </message>
    <message>
        <source>Checking: row %1 of %2</source>
        <translation>正在检查：第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Writing: row %1 of %2</source>
        <translation>正在写入：第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Step %1 of %2: copying the archive as it is to %3</source>
        <translation>第 %1 步，共 %2 步：把档案库原样复制到 %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: upgrading to version %3</source>
        <translation>第 %1 步，共 %2 步：升级到版本 %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: writing the search index again (part %3 of %4)</source>
        <translation>第 %1 步，共 %2 步：重建检索索引（第 %3 部分，共 %4 部分）</translation>
    </message>
    <message numerus="yes">
        <source>Upgrading the archive from version %1 to version %2 (%n step(s))…</source>
        <translation>
            <numerusform>正在升级档案库：从版本 %1 升级到版本 %2（共 %n 步）…</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is upgraded (%1 s).</source>
        <translation>档案库升级完成（%1 秒）。</translation>
    </message>
</context>
<context>
    <name>CodeNameDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>The content %1 is missing from %2</source>
        <translation>内容 %1 在 %2 中缺失</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write the file %1</source>
        <translation>无法写入文件 %1</translation>
    </message>
    <message>
        <source>Cannot remove the file %1</source>
        <translation>无法删除文件 %1</translation>
    </message>
    <message>
        <source>the database %1</source>
        <translation>数据库 %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Already exists: %1</source>
        <translation>已存在：%1</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>An inner step failed; nothing was saved</source>
        <translation>其中一步失败，未保存任何内容</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2). Use a newer ArchiveRoom.</source>
        <translation>数据库结构版本为 %1，高于本程序支持的版本（%2）。请使用更新版本的档案室程序。</translation>
    </message>
    <message>
        <source>Upgrade to version %1 failed: %2</source>
        <translation>升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Schema version %1 is unknown to this program (it knows up to %2)</source>
        <translation>本程序不认识结构版本 %1（最高支持到 %2）</translation>
    </message>
    <message>
        <source>Another desk is saving to the archive; try again</source>
        <translation>另一台电脑或程序正在保存档案，请稍后重试</translation>
    </message>
    <message>
        <source>network share</source>
        <translation>网络共享</translation>
    </message>
    <message>
        <source>The archive file %1 is on a network file system (%2). Several desks writing to one file over the network can damage it. Keep the file on a local disk, or for several computers use a PostgreSQL server. To open it here anyway, set ARCHIVEROOM_ALLOW_NETWORK_FS=1.</source>
        <translation>档案文件 %1 位于网络文件系统（%2）上。多台电脑通过网络同时写入同一个文件可能损坏它。请将文件放在本机磁盘上；多台电脑共用请使用 PostgreSQL 服务器。如仍要在此打开，请设置 ARCHIVEROOM_ALLOW_NETWORK_FS=1。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>This archive is open read-only: nothing can be saved to it. It can be searched and printed; to change it, open the archive in use (or restore a backup, File → Restore from backup…) on a writable disk.</source>
        <translation>此档案以只读方式打开：不能保存任何内容，只能查阅和打印。需要修改时，请在可写的磁盘上打开正在使用的档案（或通过“文件 › 从备份恢复…”恢复备份）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1 read-only: %2</source>
        <translation>无法以只读方式打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>无法打开数据库 %1：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 uses the encoding %2; an archive needs UTF8 (createdb -E UTF8 -T template0)</source>
        <translation>PostgreSQL 数据库 %1 使用 %2 编码；档案库需要 UTF8 编码（createdb -E UTF8 -T template0）</translation>
    </message>
    <message>
        <source>The PostgreSQL location is wrong at %1 (%2): %3</source>
        <translation>PostgreSQL 地址的 %1 部分（%2）有误：%3</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>端口应为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>it must begin with postgresql://</source>
        <translation>地址应以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>do not write the password into the location; set PGPASSWORD or put it in ~/.pgpass</source>
        <translation>请勿把密码写进地址；请设置环境变量 PGPASSWORD，或写入 ~/.pgpass</translation>
    </message>
    <message>
        <source>the user name before @ is empty</source>
        <translation>@ 前的用户名为空</translation>
    </message>
    <message>
        <source>an IPv6 address needs its closing ]</source>
        <translation>IPv6 地址缺少右方括号 ]</translation>
    </message>
    <message>
        <source>only :port may follow the address</source>
        <translation>地址后面只能跟 :端口</translation>
    </message>
    <message>
        <source>give one server, not a list</source>
        <translation>请只填写一台服务器，不要填写列表</translation>
    </message>
    <message>
        <source>name the database after the server, as in postgresql://archivist@dbserver/archive</source>
        <translation>请在服务器后写明数据库名，例如 postgresql://archivist@dbserver/archive</translation>
    </message>
    <message>
        <source>a database name has no /</source>
        <translation>数据库名中不能含有 /</translation>
    </message>
    <message>
        <source>the parameter has no value</source>
        <translation>该参数没有值</translation>
    </message>
    <message>
        <source>a value may not contain ;</source>
        <translation>参数值中不能含有 ;</translation>
    </message>
    <message>
        <source>the host is given twice</source>
        <translation>服务器地址重复填写</translation>
    </message>
    <message>
        <source>the port is given twice</source>
        <translation>端口重复填写</translation>
    </message>
    <message>
        <source>the user is given twice</source>
        <translation>用户名重复填写</translation>
    </message>
    <message>
        <source>sslmode is one of %1</source>
        <translation>sslmode 只能是以下之一：%1</translation>
    </message>
    <message>
        <source>a number of seconds is expected</source>
        <translation>应为秒数</translation>
    </message>
    <message>
        <source>unknown parameter (known: host, port, user, sslmode, sslrootcert, connect_timeout, application_name, options)</source>
        <translation>未知参数（可用：host、port、user、sslmode、sslrootcert、connect_timeout、application_name、options）</translation>
    </message>
    <message>
        <source>The archive on the server is older than this program (schema version %1, this version needs %2), and the role %3 may not upgrade it: the administrator upgrades it with archiveroom pg-setup (see docs/admin.md), then start again.</source>
        <translation>服务器上的档案库比本程序旧（结构版本 %1，本版本需要 %2），且角色 %3 无权升级：请由管理员用 archiveroom pg-setup 升级（见 docs/admin.md），然后重新启动。</translation>
    </message>
    <message>
        <source>The database on the server holds no archive yet, and the role %1 may not create its tables: the administrator makes the archive with archiveroom pg-setup (see docs/admin.md).</source>
        <translation>服务器上的数据库中还没有档案库，且角色 %1 无权创建其表：请由管理员用 archiveroom pg-setup 创建档案库（见 docs/admin.md）。</translation>
    </message>
    <message>
        <source>The server of %1 wants a password, or did not accept the one given</source>
        <translation>%1 所在的服务器需要密码，或不接受所填的密码</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2 表的第 %1 行引用了 %3 表中不存在的行</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Accounts: %1. Password of each: %2</source>
        <translation>账号：%1。每个账号的密码都是：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Trial archive</source>
        <translation>试用档案库</translation>
    </message>
    <message>
        <source>Try ArchiveRoom with a made-up company of %1 households first?

It goes into a separate trial archive; this archive stays empty for your real records. You can open the trial at any time from File › Trial archive.

%2</source>
        <translation>先用一个虚构的、共 %1 户的物业公司试用档案室吗？

演示数据放在单独的试用档案库中；本档案库保持为空，留给您的正式档案。以后随时可以从“文件 › 试用档案库”打开它。

%2</translation>
    </message>
    <message>
        <source>Making the trial archive…</source>
        <translation>正在建立试用档案库…</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>Demo data goes into an empty archive only; this one already has estates</source>
        <translation>演示数据只能载入空档案库；本档案库已有小区</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Households %1: give 1 to %2</source>
        <translation>户数 %1：请填写 1 至 %2</translation>
    </message>
</context>
<context>
    <name>DestructionService</name>
    <message>
        <source>Destruction list</source>
        <translation>档案销毁清册</translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>批次 %1 · %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>销毁原因：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Reason for destruction</source>
        <translation>销毁原因</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Proposed by: %1 %2</source>
        <translation>提出人：%1 %2</translation>
    </message>
    <message>
        <source>Head of %1: %2</source>
        <translation>%1负责人：%2</translation>
    </message>
    <message>
        <source>Company leader: %1</source>
        <translation>公司领导：%1</translation>
    </message>
    <message>
        <source>Witness: %1</source>
        <translation>监销人：%1</translation>
    </message>
    <message>
        <source>Destroyed by: %1</source>
        <translation>执行人：%1</translation>
    </message>
    <message>
        <source>Date of destruction: %1</source>
        <translation>销毁日期：%1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>销毁方式：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Destruction list %1</source>
        <translation>销毁清册 %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Give the reason of the hold (a dispute, an audit, a court order)</source>
        <translation>请填写冻结原因（纠纷、审计、法院调取等）</translation>
    </message>
    <message>
        <source>Dossier %1 was destroyed</source>
        <translation>档案 %1 已销毁</translation>
    </message>
    <message>
        <source>Dossier %1 is already on hold since %2 (%3): %4</source>
        <translation>档案 %1 自 %2 起已冻结（%3）：%4</translation>
    </message>
    <message>
        <source>Only the head of %1 or a company leader releases the hold of %2</source>
        <translation>只有%1负责人或公司领导可以解除 %2 的冻结</translation>
    </message>
    <message>
        <source>Dossier %1 is not on hold</source>
        <translation>档案 %1 未被冻结</translation>
    </message>
    <message>
        <source>it was destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>it is lost</source>
        <translation>已遗失</translation>
    </message>
    <message>
        <source>it is kept permanently</source>
        <translation>永久保管</translation>
    </message>
    <message>
        <source>it may be destroyed from %1</source>
        <translation>%1 起方可销毁</translation>
    </message>
    <message>
        <source>it is on hold: %1</source>
        <translation>已冻结：%1</translation>
    </message>
    <message>
        <source>it is on loan (loan %1, %2, %3)</source>
        <translation>借出中（借阅 %1，%2，%3）</translation>
    </message>
    <message>
        <source>it is already in destruction batch %1</source>
        <translation>已在销毁批次 %1 中</translation>
    </message>
    <message>
        <source>Only the archive clerk, department heads and company leaders see destruction candidates</source>
        <translation>只有档案管理员、部门负责人和公司领导可以查看可销毁档案</translation>
    </message>
    <message>
        <source>There is no destruction batch %1</source>
        <translation>没有销毁批次 %1</translation>
    </message>
    <message>
        <source>You may not see destruction batches</source>
        <translation>您无权查看销毁批次</translation>
    </message>
    <message>
        <source>Give the reason of the destruction</source>
        <translation>请填写销毁原因</translation>
    </message>
    <message>
        <source>Name the dossiers to destroy</source>
        <translation>请指定要销毁的档案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not a destruction candidate, nothing proposed: %1</source>
        <translation>不是可销毁的档案，未提出任何批次：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>proposed in batch %1</source>
        <translation>列入销毁批次 %1</translation>
    </message>
    <message>
        <source>Destruction batch %1 is %2; only a proposed batch is approved</source>
        <translation>销毁批次 %1 状态为“%2”；只有已提出的批次才能审批</translation>
    </message>
    <message>
        <source>Nobody approves their own proposal: batch %1 waits for others</source>
        <translation>任何人不得审批自己提出的销毁：批次 %1 等待他人审批</translation>
    </message>
    <message>
        <source>Destruction batch %1 is approved by the heads of %2 and a company leader</source>
        <translation>销毁批次 %1 须由%2负责人及公司领导审批</translation>
    </message>
    <message>
        <source>A company leader already approved batch %1</source>
        <translation>公司领导已审批批次 %1</translation>
    </message>
    <message>
        <source>%1 already approved its part of batch %2</source>
        <translation>%1 已审批批次 %2 中本部门的部分</translation>
    </message>
    <message>
        <source>%1 (company leader)</source>
        <translation>%1（公司领导）</translation>
    </message>
    <message>
        <source>%1 (head of %2)</source>
        <translation>%1（%2负责人）</translation>
    </message>
    <message>
        <source>batch %1 approved by %2</source>
        <translation>批次 %1 已由 %2 审批</translation>
    </message>
    <message>
        <source>Give the reason of the rejection</source>
        <translation>请填写驳回理由</translation>
    </message>
    <message>
        <source>Destruction batch %1 is %2 already</source>
        <translation>销毁批次 %1 已%2</translation>
    </message>
    <message>
        <source>Nobody decides their own proposal: batch %1 waits for others</source>
        <translation>任何人不得决定自己提出的销毁：批次 %1 等待他人决定</translation>
    </message>
    <message>
        <source>Destruction batch %1 is decided by the heads of %2 and a company leader</source>
        <translation>销毁批次 %1 须由%2负责人及公司领导决定</translation>
    </message>
    <message>
        <source>batch %1 rejected: %2</source>
        <translation>批次 %1 被驳回：%2</translation>
    </message>
    <message>
        <source>Destruction batch %1 was carried out on %2</source>
        <translation>销毁批次 %1 已于 %2 执行</translation>
    </message>
    <message>
        <source>Destruction batch %1 was rejected; nothing is destroyed</source>
        <translation>销毁批次 %1 已被驳回，不得销毁</translation>
    </message>
    <message>
        <source>a company leader</source>
        <translation>公司领导</translation>
    </message>
    <message>
        <source>the head of %1</source>
        <translation>%1负责人</translation>
    </message>
    <message>
        <source>Destruction batch %1 is not approved yet; it waits for %2</source>
        <translation>销毁批次 %1 尚未批准，等待：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Say how the dossiers are destroyed (shredding, pulping, incineration …)</source>
        <translation>请填写销毁方式（粉碎、化浆、焚烧等）</translation>
    </message>
    <message>
        <source>Name two witnesses, not %1</source>
        <translation>须指定两名监销人，而不是 %1 名</translation>
    </message>
    <message>
        <source>The two witnesses must be two different people, not %1 twice</source>
        <translation>两名监销人须为不同的人，不能两次填写 %1</translation>
    </message>
    <message>
        <source>Witness %1 is not an active account of the company</source>
        <translation>监销人 %1 不是本公司的有效账号</translation>
    </message>
    <message>
        <source>The one who destroys cannot also be a witness: %1</source>
        <translation>执行销毁的人不能同时担任监销人：%1</translation>
    </message>
    <message>
        <source>Destruction batch %1 cannot be carried out, nothing was destroyed: %2</source>
        <translation>销毁批次 %1 不能执行，未销毁任何档案：%2</translation>
    </message>
    <message>
        <source>destroyed in batch %1 (%2), witnesses %3</source>
        <translation>已于批次 %1 销毁（%2），监销人 %3</translation>
    </message>
    <message>
        <source>Batch %1 was destroyed, but these scan files could not be removed: %2</source>
        <translation>批次 %1 已销毁，但以下扫描件文件未能删除：%2</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>在档</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>former owner</source>
        <translation>原业主</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>遗失</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>archive room</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>cabinet</source>
        <translation>档案柜</translation>
    </message>
    <message>
        <source>shelf</source>
        <translation>层架</translation>
    </message>
    <message>
        <source>box</source>
        <translation>档案盒</translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>There is no dossier category %1</source>
        <translation>没有档案门类 %1</translation>
    </message>
    <message>
        <source>There is no such dossier</source>
        <translation>没有此档案</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>A category needs a name</source>
        <translation>门类须有名称</translation>
    </message>
    <message>
        <source>A category needs the department that owns it</source>
        <translation>门类须指定所属部门</translation>
    </message>
    <message>
        <source>Retention is Y (permanent) or D followed by years, e.g. D30</source>
        <translation>保管期限应为 Y（永久）或 D 加年数，如 D30</translation>
    </message>
    <message>
        <source>Owner dossiers are kept permanently</source>
        <translation>业主档案须永久保管</translation>
    </message>
    <message>
        <source>The loan period is 0 (the same day) to 365 days</source>
        <translation>借阅期限应为 0（当日归还）至 365 天</translation>
    </message>
    <message>
        <source>A numbering rule must contain {seq} so numbers stay unique</source>
        <translation>编号规则必须包含 {seq}，以保证档号唯一</translation>
    </message>
    <message>
        <source>An item kind needs a name</source>
        <translation>材料类别须有名称</translation>
    </message>
    <message>
        <source>A field name may not contain '|'</source>
        <translation>字段名不能包含“|”</translation>
    </message>
    <message>
        <source>The category already has an item kind %1</source>
        <translation>该门类已有材料类别 %1</translation>
    </message>
    <message>
        <source>There is no such item kind</source>
        <translation>没有此材料类别</translation>
    </message>
    <message>
        <source>Only the archive clerk or the department that owns %1 dossiers may open one</source>
        <translation>只有资料管理员或%1档案的所属部门可以建立此类档案</translation>
    </message>
    <message>
        <source>Owner and tenant dossiers are opened by registering the owner or tenant</source>
        <translation>业主档案和租户档案在登记业主或租户时建立</translation>
    </message>
    <message>
        <source>A dossier needs a title</source>
        <translation>档案须有题名</translation>
    </message>
    <message>
        <source>There is no such room</source>
        <translation>没有此房间</translation>
    </message>
    <message>
        <source>There is no dossier %1</source>
        <translation>没有档案 %1</translation>
    </message>
    <message>
        <source>You may not see this dossier</source>
        <translation>您无权查看此档案</translation>
    </message>
    <message>
        <source>You may not add items to %1</source>
        <translation>您无权向 %1 添加材料</translation>
    </message>
    <message>
        <source>Dossier %1 is %2; nothing can be added</source>
        <translation>档案 %1 状态为“%2”，不能再添加材料</translation>
    </message>
    <message>
        <source>%1 dossiers have no item kind "%2"; kinds: %3</source>
        <translation>%1档案没有“%2”这一材料类别；可用类别：%3</translation>
    </message>
    <message>
        <source>The page count must be between 0 and 10000</source>
        <translation>页数须在 0 至 10000 之间</translation>
    </message>
    <message>
        <source>The day received cannot be in the future</source>
        <translation>收件日期不能晚于今天</translation>
    </message>
    <message>
        <source>The document's date cannot be in the future</source>
        <translation>文件日期不能晚于今天</translation>
    </message>
    <message>
        <source>%1 has no field "%2"; fields: %3</source>
        <translation>%1 没有字段“%2”；可用字段：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>There is no such item</source>
        <translation>没有此材料</translation>
    </message>
    <message>
        <source>Item %1 was already filed</source>
        <translation>材料 %1 已归档</translation>
    </message>
    <message>
        <source> (late: due %1)</source>
        <translation>（逾期：应于 %1 前归档）</translation>
    </message>
    <message>
        <source>Only a manager starts or ends a handover campaign</source>
        <translation>只有部门经理可以开始或结束收楼期</translation>
    </message>
    <message>
        <source>There is no such estate</source>
        <translation>没有此小区</translation>
    </message>
    <message>
        <source>A hand-over goes to_clerk (assistant → clerk) or to_company (clerk → the company archive room)</source>
        <translation>移交环节应为 to_clerk（物业助理 → 资料管理员）或 to_company（资料管理员 → 公司档案室）</translation>
    </message>
    <message>
        <source>Say who hands the dossiers over</source>
        <translation>请写明移交人</translation>
    </message>
    <message>
        <source>Say who receives the dossiers</source>
        <translation>请写明接收人</translation>
    </message>
    <message>
        <source>A hand-over needs at least one dossier</source>
        <translation>移交至少须包含一份档案</translation>
    </message>
    <message>
        <source>to the archive clerk</source>
        <translation>移交资料管理员</translation>
    </message>
    <message>
        <source>to the company archive room</source>
        <translation>移交公司档案室</translation>
    </message>
    <message>
        <source>Only the archive clerk or the administrator sets up locations</source>
        <translation>只有资料管理员或系统管理员可以设置存放位置</translation>
    </message>
    <message>
        <source>A location is a room, cabinet, shelf or box</source>
        <translation>存放位置应为档案室、档案柜、层架或档案盒</translation>
    </message>
    <message>
        <source>A location needs a name without '/' or '›'</source>
        <translation>存放位置须有名称，且不能包含“/”或“›”</translation>
    </message>
    <message>
        <source>There is no such location</source>
        <translation>没有这个位置</translation>
    </message>
    <message>
        <source>A %1 cannot hold a %2</source>
        <translation>%1 中不能放 %2</translation>
    </message>
    <message>
        <source>Only an archive room stands on its own</source>
        <translation>只有档案室可以不隶属于其他位置</translation>
    </message>
    <message>
        <source>There is already a location %1 here</source>
        <translation>此处已有位置 %1</translation>
    </message>
    <message>
        <source>There is no location %1</source>
        <translation>没有位置 %1</translation>
    </message>
    <message>
        <source>Dossier %1 was destroyed</source>
        <translation>档案 %1 已销毁</translation>
    </message>
    <message>
        <source>Only the archive clerk or the property assistant attaches scans</source>
        <translation>只有资料管理员或物业助理可以添加扫描件</translation>
    </message>
    <message>
        <source>Cannot read the file %1</source>
        <translation>无法读取文件 %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB</source>
        <translation>文件超过 %1 MB</translation>
    </message>
    <message>
        <source>Scans are images or PDF files; %1 is %2</source>
        <translation>扫描件应为图片或 PDF 文件；%1 的类型为 %2</translation>
    </message>
    <message>
        <source>The archive is locked; sign in again</source>
        <translation>档案库已锁定，请重新登录</translation>
    </message>
    <message>
        <source>There is no such scan</source>
        <translation>没有此扫描件</translation>
    </message>
    <message>
        <source>The scan %1 is missing from %2</source>
        <translation>%2 中找不到扫描件 %1</translation>
    </message>
    <message>
        <source>The scan %1 was changed or damaged; it cannot be opened</source>
        <translation>扫描件 %1 已被修改或损坏，无法打开</translation>
    </message>
    <message>
        <source>An owner change is recorded on or after the day it happened</source>
        <translation>业主变更须在变更发生当日或之后登记</translation>
    </message>
    <message>
        <source>%1 has no current owner; register the owner instead</source>
        <translation>%1 目前没有业主，请直接登记业主</translation>
    </message>
    <message>
        <source>Archive number %1 is already in use: the numbering rule %2 of %3 gives numbers another dossier already has. The administrator must change the rule.</source>
        <translation>档号 %1 已被占用：%3的编号规则 %2 编出的档号已被其他档案使用。请系统管理员修改编号规则。</translation>
    </message>
    <message>
        <source>The numbering rule %1 of %2 has no {year}: numbers start again at 1 every year, so %3 would be given again next year. Put {year} into the rule.</source>
        <translation>%2的编号规则 %1 不含 {year}：件号每年从 1 重新编起，明年会再次编出 %3。请在规则中加入 {year}。</translation>
    </message>
    <message>
        <source>The numbering rule %1 of %2 gives the same archive numbers as the rule %3 of %4 (both would number a dossier %5). Put {category} or a code of its own into the rule.</source>
        <translation>%2的编号规则 %1 与%4的编号规则 %3 会编出相同的档号（两者都会编出 %5）。请在规则中加入 {category} 或本门类自己的代码。</translation>
    </message>
    <message>
        <source>The year %1 is out of range (1949 to %2)</source>
        <translation>年度 %1 超出范围（应为 1949 至 %2）</translation>
    </message>
    <message>
        <source>Enter or scan an archive number</source>
        <translation>请输入或扫描档号</translation>
    </message>
    <message numerus="yes">
        <source>%1 fits more than %n dossiers: %2; give more of the archive number</source>
        <translation>
            <numerusform>%1 对应超过 %n 卷档案：%2；请输入更完整的档号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fits %n dossiers: %2; give more of the archive number</source>
        <translation>
            <numerusform>%1 对应 %n 卷档案：%2；请输入更完整的档号</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a location %1 there</source>
        <translation>那里已有位置 %1</translation>
    </message>
    <message>
        <source>Name at least one folder to move</source>
        <translation>请至少指定一卷要移动的档案</translation>
    </message>
    <message>
        <source>Scan a label or type an archive number</source>
        <translation>请扫描标签或输入档号</translation>
    </message>
    <message>
        <source>Scan the label of a box or shelf first, then the folders to put there</source>
        <translation>请先扫描档案盒或层架的标签，再扫描要放入的案卷</translation>
    </message>
    <message>
        <source>%1 %2 dossier</source>
        <translation>%1 %2档案</translation>
    </message>
</context>
<context>
    <name>Estate</name>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Storage room</source>
        <translation>储藏室</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EstateService</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>%1 %2: use 1 to 10 letters or digits (it becomes part of room numbers like 3-2-1201)</source>
        <translation>%1 %2：请使用 1 至 10 位字母或数字（它将成为 3-2-1201 这类房号的一部分）</translation>
    </message>
    <message>
        <source>Estate code</source>
        <translation>小区代码</translation>
    </message>
    <message>
        <source>The estate name is empty</source>
        <translation>小区名称为空</translation>
    </message>
    <message>
        <source>Estate code %1</source>
        <translation>小区代码 %1</translation>
    </message>
    <message>
        <source>The phase name is empty</source>
        <translation>分期名称为空</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>分期 %1</translation>
    </message>
    <message>
        <source>Building code</source>
        <translation>楼座代码</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1座</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单元代码</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1单元</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>The area cannot be negative</source>
        <translation>面积不能为负数</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>房间 %1</translation>
    </message>
    <message>
        <source>Floors %1 to %2: give a range between 1 and 200</source>
        <translation>楼层 %1 至 %2：请填写 1 至 200 之间的范围</translation>
    </message>
    <message>
        <source>Rooms per floor %1: between 1 and 99</source>
        <translation>每层户数 %1：应在 1 至 99 之间</translation>
    </message>
    <message>
        <source>The room has people or dossiers registered and cannot be removed</source>
        <translation>该房间已登记人员或档案，不能删除</translation>
    </message>
    <message>
        <source>Remove the unit's rooms first</source>
        <translation>请先删除该单元的房间</translation>
    </message>
    <message>
        <source>Remove the building's units first</source>
        <translation>请先删除该楼座的单元</translation>
    </message>
    <message>
        <source>Room %1: write it as BUILDING-UNIT-ROOM, for example 3-2-1201</source>
        <translation>房号 %1：请写成“楼座-单元-房号”，例如 3-2-1201</translation>
    </message>
    <message>
        <source>No estate with code %1</source>
        <translation>没有代码为 %1 的小区</translation>
    </message>
    <message>
        <source>No estate has been set up yet</source>
        <translation>尚未建立小区</translation>
    </message>
    <message>
        <source>Room %1 exists in several estates; name the estate</source>
        <translation>房号 %1 在多个小区中都存在，请指明小区</translation>
    </message>
    <message>
        <source>No room %1</source>
        <translation>没有房间 %1</translation>
    </message>
    <message>
        <source>There are several estates; name one with its code</source>
        <translation>有多个小区，请用代码指明其一</translation>
    </message>
    <message>
        <source>%1 %2: numbers start at 1</source>
        <translation>%1 %2：编号从 1 开始</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1超过 %2 个字符</translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (%2) at position %3</source>
        <translation>%1第 %3 个字符是不可见字符或控制字符（%2）</translation>
    </message>
    <message>
        <source>The estate name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The building name</source>
        <translation>楼栋名称</translation>
    </message>
    <message>
        <source>The unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <source>The phase name</source>
        <translation>分期名称</translation>
    </message>
</context>
<context>
    <name>ExportHelper</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Your role may not export lists.</source>
        <translation>您的角色不能导出列表。</translation>
    </message>
    <message>
        <source>The list was not exported: %1</source>
        <translation>列表未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the list as shown (masked) to an Excel or CSV file</source>
        <translation>将列表按所显示的内容（已脱敏）写入 Excel 或 CSV 文件</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Owners</source>
        <translation>业主名册</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>%1: lists are exported as .xlsx or .csv</source>
        <translation>%1：清单只能导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation>%1 所在的文件夹不存在</translation>
    </message>
    <message>
        <source>%1 has no building %2</source>
        <translation>%1 没有楼栋 %2</translation>
    </message>
    <message>
        <source>There is no dossier category %1</source>
        <translation>没有档案类别 %1</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>档案目录</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户名册</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation>租期起</translation>
    </message>
    <message>
        <source>Lease to</source>
        <translation>租期止</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Lease ended</source>
        <translation>租期已过</translation>
    </message>
    <message>
        <source>lease ended</source>
        <translation>租期已过</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>New archive</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <source>Welcome to ArchiveRoom</source>
        <translation>欢迎使用档案室管理系统</translation>
    </message>
    <message>
        <source>Administrator login</source>
        <translation>管理员登录名</translation>
    </message>
    <message>
        <source>letters and digits, e.g. admin</source>
        <translation>字母和数字，如 admin</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Create archive</source>
        <translation>创建档案库</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>ArchiveRoom</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened:
%2</source>
        <translation>无法打开档案库 %1：
%2</translation>
    </message>
    <message>
        <source>Sign in — trial archive</source>
        <translation>登录 — 试用档案库</translation>
    </message>
    <message>
        <source>Trial archive with made-up data. %1</source>
        <translation>试用档案库，其中的数据均为虚构。%1</translation>
    </message>
    <message>
        <source>The archive on the server cannot be opened:
%1</source>
        <translation>无法打开服务器上的档案库：
%1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>%1 has no sheet %2; it has: %3</source>
        <translation>%1 中没有工作表 %2；现有：%3</translation>
    </message>
    <message>
        <source>No sheet of %1 has a header row naming the room and the owner (房号, 姓名, 身份证号码 …)</source>
        <translation>%1 的各工作表中都找不到写明房号和业主的表头行（房号、姓名、身份证号码……）</translation>
    </message>
    <message>
        <source>The sheet %1 has no header row naming the room and the owner (房号, 姓名, 身份证号码 …)</source>
        <translation>工作表 %1 中找不到写明房号和业主的表头行（房号、姓名、身份证号码……）</translation>
    </message>
    <message>
        <source>No column gives the room: map one to 房号 (3-2-1201), or three to 楼栋, 单元 and 室号</source>
        <translation>没有一列给出房号：请把一列对应到“房号”（如 3-2-1201），或把三列分别对应到“楼栋”“单元”“室号”</translation>
    </message>
    <message>
        <source>the room is missing</source>
        <translation>缺少房号</translation>
    </message>
    <message>
        <source>%1 is not a room: write it as 3-2-1201, 3栋2单元1201 or 3座2单元1201室</source>
        <translation>%1 不是房号：请写作 3-2-1201、3栋2单元1201 或 3座2单元1201室</translation>
    </message>
    <message>
        <source>there is no room %1 and you may not add rooms</source>
        <translation>没有房间 %1，而您无权添加房间</translation>
    </message>
    <message>
        <source>the area is not a number of square metres</source>
        <translation>面积不是以平方米计的数字</translation>
    </message>
    <message>
        <source>%1 is not one of 业主, 共有人, 租户, 家庭成员, 受托人</source>
        <translation>%1 不是业主、共有人、租户、家庭成员、受托人之一</translation>
    </message>
    <message>
        <source>write 男 or 女</source>
        <translation>请填写“男”或“女”</translation>
    </message>
    <message>
        <source>unknown document type</source>
        <translation>未知的证件类型</translation>
    </message>
    <message>
        <source> (ends in zeros: was the column once a number in Excel?)</source>
        <translation>（末尾是 0：这一列是否曾在 Excel 中被设为数字？）</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>row %1 already gives the owner of %2</source>
        <translation>第 %1 行已经给出了 %2 的业主</translation>
    </message>
    <message>
        <source>row %1 already registers %2 at %3</source>
        <translation>第 %1 行已经登记了 %3 的 %2</translation>
    </message>
    <message>
        <source>ID number %1 is already registered for %2, not %3</source>
        <translation>证件号码 %1 已登记在%2名下，不是%3</translation>
    </message>
    <message>
        <source>%1 already has an owner (%2): an owner change is recorded in the window or with owner change</source>
        <translation>%1 已有业主（%2）：业主变更请在窗口中或用 owner change 办理</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被驳回的行</translation>
    </message>
    <message>
        <source>; the file was read as GB18030 (简体中文): if it was saved in another encoding such as Big5, save it again as UTF-8</source>
        <translation>；该文件按 GB18030（简体中文）读取：如果它以 Big5 等其他编码保存，请另存为 UTF-8</translation>
    </message>
    <message>
        <source>%1: only .xlsx, .xls and .csv files can be imported</source>
        <translation>%1：只能导入 .xlsx、.xls 和 .csv 文件</translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>室号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>业主身份</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the cell holds the Excel error %1</source>
        <translation>单元格中是 Excel 错误值 %1</translation>
    </message>
    <message>
        <source>the value is masked (***): an exported list cannot be imported back; import the original roster</source>
        <translation>该值已被遮蔽（***）：导出的清单不能再导入，请导入原始名册</translation>
    </message>
    <message>
        <source>the ID number was stored as a number and has lost its last digits (Excel keeps 15); the original cannot be recovered: format the column as text and type the numbers again</source>
        <translation>身份证号码被存成了数字，末几位已经丢失（Excel 只保留 15 位），无法恢复：请把这一列设为文本格式后重新录入</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 不是电话号码</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 不是日期</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2026-11-27)</source>
        <translation>%1 不是日期（请写作 2026-11-27）</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation>租期起</translation>
    </message>
    <message>
        <source>Lease to</source>
        <translation>租期止</translation>
    </message>
    <message>
        <source>Lease term</source>
        <translation>租赁期限</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1 is not a lease term (write it as 2026-01-01至2026-12-31)</source>
        <translation>%1 不是租赁期限（请写成 2026-01-01至2026-12-31）</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>没有文件 %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than any roster; it is not read</source>
        <translation>%1 大于 %2 MB，远超任何名册，未读取</translation>
    </message>
    <message>
        <source>%1 says it is %2 but is not; save it again as UTF-8</source>
        <translation>%1 标明为 %2 编码，实际不是；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds a NUL byte at byte %2</source>
        <translation>%1 不是文本文件：第 %2 个字节为 NUL</translation>
    </message>
    <message>
        <source>The encoding of %1 is not recognised (not UTF-8, UTF-16 or GB18030); save it again as UTF-8</source>
        <translation>无法识别 %1 的编码（不是 UTF-8、UTF-16 或 GB18030）；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>%1: line %2 has a value in column %3; a roster has at most %4 columns</source>
        <translation>%1：第 %2 行第 %3 列有内容；名册最多 %4 列</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, more than any roster; split it into smaller files</source>
        <translation>%1 超过 %2 个单元格，远超任何名册；请拆分为较小的文件</translation>
    </message>
    <message>
        <source>%1 has more than %2 lines</source>
        <translation>%1 超过 %2 行</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 holds more than %4 characters</source>
        <translation>%1：第 %2 行第 %3 列超过 %4 个字符</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no rows</source>
        <translation>%1 中没有数据行</translation>
    </message>
    <message>
        <source>%1 is too large to be read here</source>
        <translation>%1 太大，无法在此读取</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xls) or it is damaged</source>
        <translation>%1 不是 Excel 工作簿（.xls）或已损坏</translation>
    </message>
    <message>
        <source>%1 holds no Excel workbook (it may be a Word or other Office file)</source>
        <translation>%1 中没有 Excel 工作簿（可能是 Word 或其他 Office 文件）</translation>
    </message>
    <message>
        <source>%1 uses a character set that cannot be read; open it in Excel or WPS and save it as .xlsx</source>
        <translation>%1 使用了无法识别的字符集；请用 Excel 或 WPS 打开后另存为 .xlsx</translation>
    </message>
    <message>
        <source>%1 is damaged in a way that a spreadsheet program would not write; it is not read</source>
        <translation>%1 的损坏情况不像电子表格软件保存的文件，不予读取</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (FreeXL error %2)</source>
        <translation>%1 已损坏或不完整，无法读取（FreeXL 错误 %2）</translation>
    </message>
    <message>
        <source>%1 is protected by a password; open it, remove the password and save it again</source>
        <translation>%1 设有密码保护；请打开文件、取消密码后重新保存</translation>
    </message>
    <message>
        <source>%1 holds no worksheet</source>
        <translation>%1 中没有工作表</translation>
    </message>
    <message>
        <source>%1 has more than %2 sheets, more than any roster; it is not read</source>
        <translation>%1 有超过 %2 个工作表，远超任何名册，未读取</translation>
    </message>
    <message>
        <source>%1: cell %2 of the sheet %3 holds more than %4 characters</source>
        <translation>%1：工作表 %3 的单元格 %2 超过 %4 个字符</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a value in cell %3; a roster has at most %4 columns</source>
        <translation>%1：工作表 %2 的单元格 %3 有内容；名册最多 %4 列</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows</source>
        <translation>%1：工作表 %2 超过 %3 行</translation>
    </message>
    <message>
        <source>%1: the sheet %2 holds more than %3 cells, more than any roster; split it into smaller files</source>
        <translation>%1：工作表 %2 超过 %3 个单元格，远超任何名册；请拆分为较小的文件</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook (%2 is missing)</source>
        <translation>%1 不是完整的 Excel 工作簿（缺少 %2）</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MB, more than any roster; it is not read</source>
        <translation>%1：其中的 %2 解压后超过 %3 MB，远超任何名册，未读取</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB in all, more than any roster; it is not read</source>
        <translation>%1 解压后总计超过 %2 MB，远超任何名册，未读取</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read (%3)</source>
        <translation>%1 已损坏：无法读取 %2（%3）</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short: %2 cannot be read</source>
        <translation>%1 已损坏或不完整：无法读取 %2</translation>
    </message>
    <message>
        <source>%1: text number %2 of the workbook holds more than %3 characters</source>
        <translation>%1：工作簿中第 %2 个文本超过 %3 个字符</translation>
    </message>
    <message>
        <source>%1 holds more than %2 texts, more than any roster; it is not read</source>
        <translation>%1 含有超过 %2 个文本，远超任何名册，未读取</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a row numbered "%3"; rows are numbered 1 to %4</source>
        <translation>%1：工作表 %2 中有行号为“%3”的行；行号应为 1 至 %4</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a cell "%3" that is not a cell of a worksheet (A1 to XFD1048576)</source>
        <translation>%1：工作表 %2 中的单元格“%3”不是有效的单元格（应在 A1 至 XFD1048576 之间）</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 cells in row %4</source>
        <translation>%1：工作表 %2 第 %4 行超过 %3 个单元格</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 merged areas</source>
        <translation>%1：工作表 %2 的合并区域超过 %3 个</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）或已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read</source>
        <translation>%1 已损坏：无法读取其工作表列表</translation>
    </message>
    <message>
        <source>%1 lists more parts than a workbook has; it is not read</source>
        <translation>%1 列出的部件数超出正常工作簿，未读取</translation>
    </message>
    <message>
        <source>%1: the part %2 holds more than %3 MB of text without markup, more than any cell; it is not read</source>
        <translation>%1：部件 %2 中有超过 %3 MB 不含任何标记的连续文字，比任何单元格都长；不予读取</translation>
    </message>
</context>
<context>
    <name>KeysByRole</name>
    <message>
        <source>The archive's keys are damaged: they do not open with its data key. Restore the archive from a backup</source>
        <translation>档案库的密钥已损坏：无法用其数据密钥打开。请从备份恢复档案库</translation>
    </message>
    <message>
        <source>Your account has not received the key to the full values yet: it is given to a new clerk or leader account when a clerk or leader who holds it signs in. Until then you see the masked values</source>
        <translation>您的账号尚未获得完整信息的密钥：已持有密钥的档案管理员或领导登录时，程序会把密钥交给新的档案管理员或领导账号。在此之前您只能看到打码后的信息</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>A code needs a text</source>
        <translation>条码内容不能为空</translation>
    </message>
    <message>
        <source>Code 128 carries plain ASCII only; the 档号 %1 has “%2”: print QR codes instead</source>
        <translation>Code 128 只能表示 ASCII 字符；档号 %1 含有“%2”，请改用二维码打印</translation>
    </message>
    <message>
        <source>No code can be made of %1: %2</source>
        <translation>无法为 %1 生成条码：%2</translation>
    </message>
    <message>
        <source>The sheet has %1 labels; skip 0 to %2 of them</source>
        <translation>每张标签纸有 %1 个标签；可跳过 0 到 %2 个</translation>
    </message>
    <message>
        <source>Cannot start printing</source>
        <translation>无法开始打印</translation>
    </message>
    <message>
        <source>A sheet has at least one row and one column</source>
        <translation>标签纸至少要有一行一列</translation>
    </message>
    <message>
        <source>A label is at least 15 × 10 mm</source>
        <translation>标签至少为 15 × 10 毫米</translation>
    </message>
    <message>
        <source>The page is at least 50 × 50 mm</source>
        <translation>纸张至少为 50 × 50 毫米</translation>
    </message>
    <message>
        <source>Margins and gaps cannot be negative</source>
        <translation>边距和间距不能为负数</translation>
    </message>
    <message>
        <source>%1 columns of %2 mm with the margin and gaps take %3 mm; the page is %4 mm wide</source>
        <translation>%1 列 %2 毫米的标签连同边距和间距共需 %3 毫米，而纸宽只有 %4 毫米</translation>
    </message>
    <message>
        <source>%1 rows of %2 mm with the margin and gaps take %3 mm; the page is %4 mm high</source>
        <translation>%1 行 %2 毫米的标签连同边距和间距共需 %3 毫米，而纸高只有 %4 毫米</translation>
    </message>
</context>
<context>
    <name>Loan</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>In the room only</source>
        <translation>仅限室内查阅</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予借阅</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已遗失</translation>
    </message>
    <message>
        <source>Complete and undamaged</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>View own record</source>
        <translation>查阅本人档案</translation>
    </message>
    <message>
        <source>Correct an error</source>
        <translation>更正错误</translation>
    </message>
    <message>
        <source>Copy of own record</source>
        <translation>复制本人档案</translation>
    </message>
    <message>
        <source>the archive clerk keeps the dossiers</source>
        <translation>档案管理员保管档案</translation>
    </message>
    <message>
        <source>confidential: this role may not see it</source>
        <translation>保密档案，此角色无权查看</translation>
    </message>
    <message>
        <source>company leaders borrow directly</source>
        <translation>公司领导可直接借阅</translation>
    </message>
    <message>
        <source>managers view in the archive room directly</source>
        <translation>部门经理助理以上可直接在档案室查阅</translation>
    </message>
    <message>
        <source>needs the department head's approval</source>
        <translation>须经部门负责人审批</translation>
    </message>
    <message>
        <source>outside persons view in the room only</source>
        <translation>外部人员只能在档案室内查阅</translation>
    </message>
    <message>
        <source>copies need approval</source>
        <translation>复制须经审批</translation>
    </message>
    <message>
        <source>by the access rules</source>
        <translation>按借阅权限规定</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>LoanService</name>
    <message>
        <source>Head of %1</source>
        <translation>%1负责人</translation>
    </message>
    <message>
        <source>Only the archive clerk registers a request for someone else</source>
        <translation>只有档案管理员可以代他人登记申请</translation>
    </message>
    <message>
        <source>No account %1</source>
        <translation>没有账号 %1</translation>
    </message>
    <message>
        <source>The account %1 is disabled</source>
        <translation>账号 %1 已停用</translation>
    </message>
    <message>
        <source>No working-day calendar for %1 is loaded: counted Monday to Friday without the public holidays. An administrator can load the year (借阅 → 载入工作日历).</source>
        <translation>尚未载入 %1 年的工作日历：已按周一至周五计算，未扣除法定节假日。管理员可载入该年日历（借阅 → 载入工作日历）。</translation>
    </message>
    <message>
        <source>Dossier %1 is %2 and cannot be lent</source>
        <translation>档案 %1 状态为 %2，不能借阅</translation>
    </message>
    <message>
        <source>State the purpose of the request</source>
        <translation>请填写借阅用途</translation>
    </message>
    <message>
        <source>The return date %1 is in the past</source>
        <translation>归还日期 %1 已过</translation>
    </message>
    <message>
        <source>No loan %1</source>
        <translation>没有借阅 %1</translation>
    </message>
    <message>
        <source>Loan %1 is decided by the head of %2 or a company leader</source>
        <translation>借阅 %1 须由%2负责人或公司领导审批</translation>
    </message>
    <message>
        <source>Give the reason for the rejection</source>
        <translation>请填写驳回理由</translation>
    </message>
    <message>
        <source>Loan %1 waits for no decision (it is %2)</source>
        <translation>借阅 %1 无待审批事项（当前：%2）</translation>
    </message>
    <message>
        <source>Loan %1 is a viewing in the archive room and can never be taken out</source>
        <translation>借阅 %1 为档案室内查阅，不得借出</translation>
    </message>
    <message>
        <source>Loan %1 is for %2, not for taking out</source>
        <translation>借阅 %1 的方式为%2，不是借出</translation>
    </message>
    <message>
        <source>Loan %1 is already out</source>
        <translation>借阅 %1 已借出</translation>
    </message>
    <message>
        <source>Loan %1 is %2: only an approved request is handed over</source>
        <translation>借阅 %1 状态为%2：只有批准的申请才能交付</translation>
    </message>
    <message>
        <source>Dossier %1 is already on loan to %2 (loan %3)</source>
        <translation>档案 %1 已借给 %2（借阅 %3）</translation>
    </message>
    <message>
        <source>Dossier %1 is %2 and cannot be handed over</source>
        <translation>档案 %1 状态为 %2，不能交付</translation>
    </message>
    <message>
        <source>Dossier %1 has %2 approved requests: name the borrower</source>
        <translation>档案 %1 有 %2 个已批准的申请：请填写借阅人</translation>
    </message>
    <message>
        <source>Dossier %1 has no approved request to take it out</source>
        <translation>档案 %1 没有已批准的借出申请</translation>
    </message>
    <message>
        <source>%1 has no approved request for %2: state the purpose to ask now</source>
        <translation>%1 没有借阅 %2 的已批准申请：请填写用途以当场申请</translation>
    </message>
    <message>
        <source>Loan %1 is %2: nothing to check in</source>
        <translation>借阅 %1 状态为%2：无需归还</translation>
    </message>
    <message>
        <source>Say what is damaged or missing</source>
        <translation>请说明损坏或缺失的情况</translation>
    </message>
    <message>
        <source>Dossier %1 is not on loan</source>
        <translation>档案 %1 未借出</translation>
    </message>
    <message>
        <source>Only the borrower asks to extend loan %1</source>
        <translation>只有借阅人可以申请续借 %1</translation>
    </message>
    <message>
        <source>Loan %1 is %2: only a dossier that is out is extended</source>
        <translation>借阅 %1 状态为%2：只有已借出的档案可以续借</translation>
    </message>
    <message>
        <source>Loan %1 was due on %2: an extension is asked before the due date; return the dossier</source>
        <translation>借阅 %1 已于 %2 到期：续借须在到期前申请，请归还档案</translation>
    </message>
    <message>
        <source>The new due date must be after %1</source>
        <translation>新的应还日期须晚于 %1</translation>
    </message>
    <message>
        <source>Loan %1 already waits for an extension to %2</source>
        <translation>借阅 %1 已有延期至 %2 的续借申请待审批</translation>
    </message>
    <message>
        <source>Loan %1 is %2: only a dossier that is out can be lost on loan</source>
        <translation>借阅 %1 状态为%2：只有已借出的档案才能登记借出遗失</translation>
    </message>
    <message>
        <source>Write the report on the loss</source>
        <translation>请填写遗失报告</translation>
    </message>
    <message>
        <source>Loan %1 is not yours</source>
        <translation>借阅 %1 不是您的</translation>
    </message>
    <message>
        <source>Loan %1 is not a copy request</source>
        <translation>借阅 %1 不是复制申请</translation>
    </message>
    <message>
        <source>Loan %1 is %2: no copy without approval</source>
        <translation>借阅 %1 状态为%2：未经批准不得复制</translation>
    </message>
    <message>
        <source>Say which pages were copied</source>
        <translation>请填写复制的页码</translation>
    </message>
    <message>
        <source>The number of sheets must be at least 1</source>
        <translation>张数至少为 1</translation>
    </message>
    <message>
        <source>The number of copies must be at least 1</source>
        <translation>份数至少为 1</translation>
    </message>
    <message>
        <source>the organ</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>the officer</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>the officer's credential</source>
        <translation>经办人员证件</translation>
    </message>
    <message>
        <source>Name %1</source>
        <translation>请填写%1</translation>
    </message>
    <message>
        <source>%1 cannot consent: a company leader or the head of %2 does</source>
        <translation>%1 无权同意：须由公司领导或%2负责人同意</translation>
    </message>
    <message>
        <source>Dossier %1 belongs to no owner or tenant</source>
        <translation>档案 %1 不属于业主或租户</translation>
    </message>
    <message>
        <source>Write down what the owner asks for</source>
        <translation>请记录业主的请求内容</translation>
    </message>
    <message>
        <source>No owner request %1</source>
        <translation>没有业主请求 %1</translation>
    </message>
    <message>
        <source>Owner request %1 is already answered</source>
        <translation>业主请求 %1 已答复</translation>
    </message>
    <message>
        <source>Write the answer</source>
        <translation>请填写答复</translation>
    </message>
    <message>
        <source>Say how the dossier was repaired</source>
        <translation>请说明档案的修复情况</translation>
    </message>
    <message>
        <source>No open damage record %1</source>
        <translation>没有未处理的损坏记录 %1</translation>
    </message>
    <message>
        <source>Damage record %1 belongs to %2</source>
        <translation>损坏记录 %1 属于%2</translation>
    </message>
    <message>
        <source>Loan %1: nobody decides their own request; another head of %2 or a company leader decides</source>
        <translation>借阅 %1：任何人不得审批自己的申请，须由%2的另一位负责人或公司领导审批</translation>
    </message>
    <message>
        <source>Dossier %1 is %2, not lost</source>
        <translation>档案 %1 当前为“%2”，并未遗失</translation>
    </message>
    <message>
        <source>Say where and how dossier %1 was found</source>
        <translation>请写明档案 %1 在何处、如何找到</translation>
    </message>
    <message>
        <source>Dossier %1 is not in the archive room: it is on loan to %2 (%3, loan %4), due %5</source>
        <translation>档案 %1 不在档案室：已借给 %2（%3，借阅 %4），应还日期 %5</translation>
    </message>
    <message>
        <source>Dossier %1 is not in the archive room: it is %2</source>
        <translation>档案 %1 不在档案室：当前为“%2”</translation>
    </message>
    <message>
        <source>Dossier %1 is %2: there is no folder to check</source>
        <translation>档案 %1 状态为%2：没有可检查的案卷</translation>
    </message>
    <message>
        <source>Say what is damaged in dossier %1</source>
        <translation>请说明档案 %1 的损坏情况</translation>
    </message>
    <message>
        <source>Loan %1 was not asked by you: only the borrower or who registered the request withdraws it</source>
        <translation>借阅 %1 不是您提出的：只有借阅人或代为登记申请的人可以撤回</translation>
    </message>
    <message>
        <source>Loan %1 is %2: only a request that waits for its decision is withdrawn</source>
        <translation>借阅 %1 的状态是“%2”：只能撤回尚未审批的申请</translation>
    </message>
    <message>
        <source>Give the borrower's login</source>
        <translation>请填写借阅人的登录名</translation>
    </message>
    <message>
        <source>Cannot read the photo %1</source>
        <translation>无法读取照片 %1</translation>
    </message>
    <message>
        <source>The photo %1 is larger than %2 MB</source>
        <translation>照片 %1 超过 %2 MB</translation>
    </message>
    <message>
        <source>A photo of the damage is an image file (JPEG, PNG …); %1 is %2</source>
        <translation>损坏照片必须是图片文件（JPEG、PNG 等）；%1 的类型是 %2</translation>
    </message>
    <message>
        <source>The archive is locked; sign in again</source>
        <translation>档案已锁定，请重新登录</translation>
    </message>
    <message>
        <source>No damage record %1 you may see</source>
        <translation>没有您可以查看的损坏记录 %1</translation>
    </message>
    <message>
        <source>Damage record %1 has no photo</source>
        <translation>损坏记录 %1 没有照片</translation>
    </message>
    <message>
        <source>The photo of damage record %1 is missing from %2</source>
        <translation>损坏记录 %1 的照片不在 %2 中</translation>
    </message>
    <message>
        <source>The photo of damage record %1 was changed or damaged; it cannot be opened</source>
        <translation>损坏记录 %1 的照片已被改动或损坏，无法打开</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>ArchiveRoom was locked after a time without input. Everything that was open stays as it was.</source>
        <translation>一段时间无操作，档案室已自动锁定。已打开的窗口和已输入的内容都保持不变。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ArchiveRoom</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Owners, tenants and household</source>
        <translation>业主、租户及家庭成员</translation>
    </message>
    <message>
        <source>Show f&amp;ormer</source>
        <translation>显示已迁出(&amp;O)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters (the administrator's setting); this one has %2</source>
        <translation>密码至少需要 %1 个字符（系统管理员的设置），此密码只有 %2 个</translation>
    </message>
    <message>
        <source>The password has only digits (like a date or a phone number, which are guessed first): add letters, or make it at least 12 digits long</source>
        <translation>密码只有数字（如日期或电话号码，最先被猜到）：请加入字母，或使用至少 12 位数字</translation>
    </message>
    <message>
        <source>The password is a sequence or a repeated pattern (like 12345678, abcdefgh or 12121212), which is guessed first; choose another</source>
        <translation>密码是连续或重复的字符（如 12345678、abcdefgh 或 12121212），最先被猜到；请另选一个</translation>
    </message>
    <message>
        <source>The password is a row of neighbouring keys (like qwertyui or 1qaz2wsx), which is guessed first; choose another</source>
        <translation>密码是键盘上相邻的一串键（如 qwertyui 或 1qaz2wsx），最先被猜到；请另选一个</translation>
    </message>
    <message>
        <source>The password is the login with digits or symbols around it; choose another</source>
        <translation>密码只是登录名加数字或符号；请另选一个</translation>
    </message>
    <message>
        <source>The password is a common word with digits or symbols around it (like Password123!), which is guessed first; choose another</source>
        <translation>密码是常见单词加数字或符号（如 Password123!），最先被猜到；请另选一个</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreigner permanent residence card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>共有人</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Entrusted agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>合同编号 %1</translation>
    </message>
</context>
<context>
    <name>PersonDetailsDialog</name>
    <message>
        <source>Full details</source>
        <translation>完整信息</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Owner record</source>
        <translation>业主档案</translation>
    </message>
    <message>
        <source>Owner record form</source>
        <translation>业主档案表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>18 digits, the last may be X</source>
        <translation>18 位，末位可为 X</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Name and phone</source>
        <translation>姓名及电话</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Tick when the move-in date is known</source>
        <translation>知道入住日期时勾选</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Relation to owner</source>
        <translation>与业主关系</translation>
    </message>
    <message>
        <source>e.g. spouse, child, parent</source>
        <translation>如：配偶、子女、父母</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owner's signature:</source>
        <translation>业主签名：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>This record was changed by someone else meanwhile; reload it</source>
        <translation>此记录已被他人修改，请重新打开后再改</translation>
    </message>
    <message>
        <source>No person with number %1</source>
        <translation>没有编号为 %1 的人员</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>The stored %1 of person no. %2 is damaged: it fails its integrity check and cannot be shown. Restore the archive from a backup, or enter the value anew in the person's form</source>
        <translation>第 %2 号人员存储的%1已损坏：未通过完整性校验，无法显示。请从备份恢复档案，或在人员表单中重新录入该项</translation>
    </message>
    <message>
        <source>masked values</source>
        <translation>打码信息</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Owner record form</source>
        <translation>业主档案表</translation>
    </message>
    <message>
        <source>Tenant record form</source>
        <translation>租户档案表</translation>
    </message>
    <message>
        <source>Dossier contents list</source>
        <translation>卷内目录</translation>
    </message>
    <message>
        <source>Catalog of filed documents</source>
        <translation>归档文件目录</translation>
    </message>
    <message>
        <source>Borrowing register</source>
        <translation>档案借阅登记表</translation>
    </message>
    <message>
        <source>Borrowing and copying record ZC-05/B05</source>
        <translation>资料文件借阅、复制记录表 ZC-05/B05</translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation>脊背标签</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>There is no location %1</source>
        <translation>没有位置 %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>存放位置：%1</translation>
    </message>
    <message>
        <source>Estate: %1</source>
        <translation>小区：%1</translation>
    </message>
    <message>
        <source>Room: %1 %2 %3</source>
        <translation>房间：%1 %2 %3</translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation>楼座：%1</translation>
    </message>
    <message>
        <source>There is no building %1</source>
        <translation>没有楼座 %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单元：%1</translation>
    </message>
    <message>
        <source>There is no unit %1</source>
        <translation>没有单元 %1</translation>
    </message>
    <message>
        <source>A unit is named with its building</source>
        <translation>指定单元时须同时指定楼座</translation>
    </message>
    <message>
        <source>There is no category %1</source>
        <translation>没有门类 %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>门类：%1</translation>
    </message>
    <message>
        <source>A register is printed for a period: give its first and last day</source>
        <translation>登记表按期间打印：请填写起止日期</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2)</source>
        <translation>截止日期（%1）早于起始日期（%2）</translation>
    </message>
    <message>
        <source>block</source>
        <comment>the 座 after the building on the form header</comment>
        <translation>座</translation>
    </message>
    <message>
        <source>no.</source>
        <comment>the 号 after the room on the form header</comment>
        <translation>号</translation>
    </message>
    <message>
        <source>Filled in on:</source>
        <translation>填写日期：</translation>
    </message>
    <message>
        <source>Archive no.:</source>
        <translation>档号：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Owner status</source>
        <translation>业主身份</translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation>租户身份</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation>租住起始日期</translation>
    </message>
    <message>
        <source>Building area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owner's signature:</source>
        <translation>业主签字：</translation>
    </message>
    <message>
        <source>Tenant's signature:</source>
        <translation>租户签字：</translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>%1, blank</source>
        <translation>%1（空白）</translation>
    </message>
    <message>
        <source>Say why the full values are printed (a reason is required)</source>
        <translation>请说明为何打印完整信息（必须填写理由）</translation>
    </message>
    <message>
        <source>%1 is not an owner dossier</source>
        <translation>%1 不是业主档案</translation>
    </message>
    <message>
        <source>%1 is not a tenant dossier</source>
        <translation>%1 不是租户档案</translation>
    </message>
    <message>
        <source>Name the dossier, a room, or a building (and unit) to print the forms of</source>
        <translation>请指定要打印的档案、房间或楼座（及单元）</translation>
    </message>
    <message>
        <source>No owner dossier there</source>
        <translation>该范围内没有业主档案</translation>
    </message>
    <message>
        <source>No tenant dossier there</source>
        <translation>该范围内没有租户档案</translation>
    </message>
    <message>
        <source>Dossier %1 names nobody</source>
        <translation>档案 %1 没有对应的人员</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>Full values printed by %1 (%2); keep this sheet in the archive room.</source>
        <translation>完整信息由 %1 打印（%2）；本表须留存档案室。</translation>
    </message>
    <message>
        <source>Sensitive values are masked.</source>
        <translation>敏感信息已按权限遮蔽。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 forms</source>
        <translation>%1 · %2 份</translation>
    </message>
    <message>
        <source>Name the dossier whose contents list is printed</source>
        <translation>请指定要打印卷内目录的档案</translation>
    </message>
    <message>
        <source>Contents of the dossier</source>
        <translation>卷内目录</translation>
    </message>
    <message>
        <source>Archive no.: %1</source>
        <translation>档号：%1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>题名：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total pages: %1</source>
        <translation>合计页数：%1</translation>
    </message>
    <message>
        <source>Compiled by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>No dossier there to list</source>
        <translation>该范围内没有可列入目录的档案</translation>
    </message>
    <message>
        <source>Doc. no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>无卷内文件</translation>
    </message>
    <message>
        <source>Dossiers: %1, entries: %2</source>
        <translation>案卷 %1 份，条目 %2 条</translation>
    </message>
    <message>
        <source>Archive borrowing register</source>
        <translation>档案借阅登记表</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation>借阅日期</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>Borrower's signature</source>
        <translation>借阅人签字</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>Archive clerk:</source>
        <translation>档案管理员：</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
    <message>
        <source>Borrow</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>pp. %1, %2 sheets × %3</source>
        <translation>第 %1 页，%2 张 × %3 份</translation>
    </message>
    <message>
        <source>Record of borrowed and copied documents</source>
        <translation>资料文件借阅、复制记录表</translation>
    </message>
    <message>
        <source>Borrower / copier</source>
        <translation>借阅/复制人</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>资料名称</translation>
    </message>
    <message>
        <source>Borrow / copy</source>
        <translation>借阅/复制</translation>
    </message>
    <message>
        <source>Pages and copies</source>
        <translation>页数/份数</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>A range of rooms needs its first room</source>
        <translation>房间范围须指定起始房间</translation>
    </message>
    <message>
        <source>Choose the labels: a building, a unit, a room, a range of rooms or a dossier</source>
        <translation>请选择要打印的标签：楼座、单元、房间、房间范围或某份档案</translation>
    </message>
    <message>
        <source>There is no dossier %1 there</source>
        <translation>该范围内没有档案 %1</translation>
    </message>
    <message>
        <source>Room %1 has no dossier to label</source>
        <translation>房间 %1 没有需要贴标签的档案</translation>
    </message>
    <message>
        <source>Room %1 comes before %2 on the shelves; name the first room first</source>
        <translation>按上架顺序房间 %1 排在 %2 之前；请先写起始房间</translation>
    </message>
    <message>
        <source>Rooms %1 to %2</source>
        <translation>房间 %1 至 %2</translation>
    </message>
    <message>
        <source>No dossier there to label</source>
        <translation>该范围内没有需要贴标签的档案</translation>
    </message>
    <message>
        <source>%1 · %2 labels</source>
        <translation>%1 · %2 个</translation>
    </message>
    <message>
        <source>Unknown form</source>
        <translation>未知表格</translation>
    </message>
    <message>
        <source>The printer or file could not be written to</source>
        <translation>无法写入打印机或文件</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation>%1 所在的文件夹不存在</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>There is no label sheet %1; there are: %2</source>
        <translation>没有标签纸 %1；可用的有：%2</translation>
    </message>
    <message>
        <source>A label sheet needs a name</source>
        <translation>标签纸需要名称</translation>
    </message>
    <message>
        <source>Only saved label sheets can be removed; %1 is not one</source>
        <translation>只能删除自行保存的标签纸；%1 不是</translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation>销毁清册</translation>
    </message>
    <message>
        <source>Name the destruction batch</source>
        <translation>请指定销毁批次</translation>
    </message>
    <message>
        <source>%1 · batch %2</source>
        <translation>%1 · 批次 %2</translation>
    </message>
    <message>
        <source>Monthly self-inspection sheet</source>
        <translation>档案管理月度自查表</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n folder(s))</source>
        <translation>
            <numerusform>%1 – %2（%n 卷）</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no locations to label</source>
        <translation>没有可打印标签的位置</translation>
    </message>
    <message numerus="yes">
        <source>Location labels · %n label(s)</source>
        <translation>
            <numerusform>位置标签 · %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation report</source>
        <translation>盘点报告</translation>
    </message>
    <message>
        <source>%1 · session %2</source>
        <translation>%1 · 第 %2 次盘点</translation>
    </message>
    <message>
        <source>Lease to</source>
        <translation>租住截止日期</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Reminder slips</source>
        <translation>档案催还单</translation>
    </message>
    <message>
        <source>Loan %1 is not overdue, or not among the loans you may chase</source>
        <translation>借阅 %1 未逾期，或不在您可催还的借阅之中</translation>
    </message>
    <message>
        <source>No loan is overdue</source>
        <translation>没有逾期的借阅</translation>
    </message>
    <message>
        <source>Reminder to return a dossier</source>
        <translation>档案催还单</translation>
    </message>
    <message>
        <source>Loan no. %1</source>
        <translation>借阅编号 %1</translation>
    </message>
    <message>
        <source>To %1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>档案室</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n loan(s)</source>
        <translation>
            <numerusform>%1 · %n 笔借阅</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dossier below is %n day(s) overdue. Please return it to the archive room at once, or ask the approving head for an extension.</source>
        <translation>
            <numerusform>您借阅的下列档案已逾期 %n 天，请尽快归还档案室，或向审批负责人申请续借。</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive no.: </source>
        <translation>档号：</translation>
    </message>
    <message>
        <source>Title: </source>
        <translation>题名：</translation>
    </message>
    <message>
        <source>Borrowed on: </source>
        <translation>借出日期：</translation>
    </message>
    <message>
        <source>Due back on: </source>
        <translation>应还日期：</translation>
    </message>
    <message>
        <source>Purpose: </source>
        <translation>借阅用途：</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>User manual</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Any form: save</source>
        <translation>任一表单：保存</translation>
    </message>
    <message>
        <source>Ctrl+S, Ctrl+Enter, or Enter in a one-line field</source>
        <translation>Ctrl+S、Ctrl+回车，或在单行输入框中按回车</translation>
    </message>
    <message>
        <source>Any form: close (asks when something was typed)</source>
        <translation>任一表单：关闭（已填写内容时先询问）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Main window: start a search</source>
        <translation>主窗口：开始查找</translation>
    </message>
    <message>
        <source>just type (or scan) anywhere</source>
        <translation>直接输入（或扫码）</translation>
    </message>
    <message>
        <source>Search box: open the first hit</source>
        <translation>搜索框：打开第一个结果</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>A menu or a field</source>
        <translation>菜单或输入项</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>The user manual is not installed: %1 was not found. Reinstall the archiveroom package.</source>
        <translation>未安装用户手册：找不到 %1。请重新安装 archiveroom 软件包。</translation>
    </message>
</context>
<context>
    <name>ReconciliationService</name>
    <message>
        <source>Archive reconciliation report</source>
        <translation>档案盘点报告</translation>
    </message>
    <message>
        <source>Session %1 — range: %2</source>
        <translation>盘点批次 %1 — 范围：%2</translation>
    </message>
    <message>
        <source>the whole archive</source>
        <translation>整个档案室</translation>
    </message>
    <message>
        <source>Started %1 by %2; %3</source>
        <translation>%1 由 %2 开始；%3</translation>
    </message>
    <message>
        <source>finished %1 by %2</source>
        <translation>%1 由 %2 结束</translation>
    </message>
    <message>
        <source>not finished: the missing are those not scanned so far</source>
        <translation>尚未结束：缺失为目前尚未扫描的档案</translation>
    </message>
    <message>
        <source>Expected %1, in place %2, misplaced %3, on loan %4, missing %5, unknown %6</source>
        <translation>应在 %1，在架 %2，错架 %3，借出 %4，缺失 %5，未知 %6</translation>
    </message>
    <message>
        <source>Destroyed dossiers scanned: %1</source>
        <translation>扫描到已销毁档案：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Its place</source>
        <translation>应在位置</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>Reconciled by (archive clerk):</source>
        <translation>盘点人（档案管理员）：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>复核人：</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation>%1 所在的文件夹不存在</translation>
    </message>
    <message>
        <source>The file %1 must end in .xlsx</source>
        <translation>文件 %1 的扩展名必须为 .xlsx</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>错架</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>未知编码</translation>
    </message>
    <message>
        <source>scanned already</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not shelved</source>
        <translation>未上架</translation>
    </message>
    <message>
        <source>loan %1</source>
        <translation>借阅 %1</translation>
    </message>
    <message>
        <source>loan %1 to %2 (%3), due %4</source>
        <translation>借阅 %1：%2（%3），应还 %4</translation>
    </message>
    <message>
        <source>There is no location %1 (see the list of locations)</source>
        <translation>没有位置 %1（请查看位置列表）</translation>
    </message>
    <message>
        <source>There is no reconciliation session %1</source>
        <translation>没有盘点批次 %1</translation>
    </message>
    <message>
        <source>Reconciliation session %1 is finished and can no longer be changed</source>
        <translation>盘点批次 %1 已结束，不能再更改</translation>
    </message>
    <message>
        <source>Scan a spine label or type an archive number</source>
        <translation>请扫描脊背标签或输入档号</translation>
    </message>
    <message>
        <source>moved here</source>
        <translation>已移至此处</translation>
    </message>
    <message>
        <source>Session %1 covers the whole archive: move the folder to its place by hand</source>
        <translation>盘点批次 %1 覆盖整个档案室：请手工将案卷移回其位置</translation>
    </message>
    <message>
        <source>%1 was not scanned as misplaced in session %2</source>
        <translation>%1 在盘点批次 %2 中未被扫描为错架</translation>
    </message>
    <message>
        <source>reconciliation session %1</source>
        <translation>盘点批次 %1</translation>
    </message>
    <message>
        <source>Write the report on the loss</source>
        <translation>请填写遗失报告</translation>
    </message>
    <message>
        <source>Dossier %1 is out on loan %2: report the loss on the loan</source>
        <translation>档案 %1 已借出（借阅 %2）：请在该借阅上报告遗失</translation>
    </message>
    <message>
        <source>Dossier %1 is not missing: only a dossier a reconciliation found missing, or one that is out on loan, can be reported lost</source>
        <translation>档案 %1 不在缺失清单中：只有盘点发现缺失的档案或已借出的档案才能报告遗失</translation>
    </message>
    <message>
        <source>Dossier %1 belongs to %2</source>
        <translation>档案 %1 归属 %2</translation>
    </message>
    <message>
        <source>Monthly reconciliation report</source>
        <translation>档案月度盘点报告</translation>
    </message>
    <message>
        <source>Month %1: %2 — %3 of %4 sessions finished</source>
        <translation>月份 %1：%2 —— 已结束 %3 批，共 %4 批</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Finished sessions together: expected %1, in place %2, misplaced %3, on loan %4, unknown %5; dossiers found missing %6</source>
        <translation>已结束各批次合计：应在 %1，在架 %2，错架 %3，借出 %4，未知 %5；缺失档案 %6 卷</translation>
    </message>
    <message>
        <source>Every place that holds dossiers was reconciled</source>
        <translation>存放档案的位置均已盘点</translation>
    </message>
    <message>
        <source>Places that hold dossiers and were not reconciled: %1</source>
        <translation>存放档案但未盘点的位置：%1 处</translation>
    </message>
    <message>
        <source>not reconciled</source>
        <translation>未盘点</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n 卷</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the month to report on</source>
        <translation>请给出要报告的月份</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <source>Type the printed recovery key of this archive, the login whose password was forgotten and a new password for it. Without the recovery key, ask the administrator to reset the password.</source>
        <translation>请输入本档案库打印保存的恢复密钥、忘记密码的登录名以及新密码。没有恢复密钥时，请联系系统管理员重置密码。</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Re&amp;peat new password</source>
        <translation>再次输入新密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The recovery key of this archive</source>
        <translation>本档案库的恢复密钥</translation>
    </message>
    <message>
        <source>This key is shown only once. If the password of every administrator is lost, this key is the only way back into the archive: with it a new password can be set for any account. Print it (or write it down), seal it in an envelope and lock it away, apart from this computer. Whoever holds the key can open the archive.</source>
        <translation>此密钥只显示这一次。如果所有系统管理员的密码都遗失，只有凭此密钥才能重新进入档案库：用它可以为任何账号设置新密码。请将其打印（或抄写）下来，装入信封密封，锁在保险柜中，不要与本电脑放在一起。持有此密钥的人即可打开档案库。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the key</source>
        <translation>我已打印或抄写此密钥(&amp;W)</translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>ID number is required for %1</source>
        <translation>%1须登记证件号码</translation>
    </message>
    <message>
        <source>At least one phone number is required for %1</source>
        <translation>%1至少须登记一个联系电话</translation>
    </message>
    <message>
        <source>At most 5 phone numbers</source>
        <translation>联系电话最多登记 5 个</translation>
    </message>
    <message>
        <source>Move-in date %1 is more than a year ahead</source>
        <translation>入住日期 %1 比今天晚一年以上</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1超过 %2 个字</translation>
    </message>
    <message>
        <source>The start date is too far ahead</source>
        <translation>起始日期比今天晚一年以上</translation>
    </message>
    <message>
        <source>ID number %1 is already registered for %2, not %3</source>
        <translation>证件号码 %1 已登记在%2名下，不是%3</translation>
    </message>
    <message>
        <source>%1 is already registered as %2 of %3</source>
        <translation>%1 已登记为 %3 的%2</translation>
    </message>
    <message>
        <source>%1 was already on file; the existing record was linked to %2</source>
        <translation>%1 已有档案，已将原有记录关联到 %2</translation>
    </message>
    <message>
        <source>%1 already has a current owner (%2); register a co-owner, or record an owner change</source>
        <translation>%1 已有现任业主（%2）；请登记为共有人，或办理业主变更</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 dossier</source>
        <translation>%1 %2 %3档案</translation>
    </message>
    <message>
        <source>ID number %1 already belongs to another person on file</source>
        <translation>证件号码 %1 已属于档案中的另一人</translation>
    </message>
    <message>
        <source>This tie to the room has already ended</source>
        <translation>此人与该房间的关系已经结束</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>结束日期 %1 早于起始日期 %2</translation>
    </message>
    <message>
        <source>Say why the full values are needed (a reason is required)</source>
        <translation>请说明需要查看完整信息的原因（必填）</translation>
    </message>
    <message>
        <source>entrusted agent %1 receives the handover: the agent's ID copy is required</source>
        <translation>委托代理人 %1 代为收楼：须提交受托人身份证复印件</translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation>（已损坏）</translation>
    </message>
    <message>
        <source>An organisation has no gender (%1 given)</source>
        <translation>单位没有性别（填写了%1）</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Contact person %1: only an organisation (document type %2) has a contact person</source>
        <translation>联系人 %1：只有单位（证件类型为%2）才登记联系人</translation>
    </message>
    <message>
        <source>A lease term and contract number are kept for tenants only, not for %1</source>
        <translation>租期和合同编号只登记给租户，%1不适用</translation>
    </message>
    <message>
        <source>The lease end %1 is before the lease start %2</source>
        <translation>租期止 %1 早于租期起 %2</translation>
    </message>
    <message>
        <source>Contract number contains an invisible or control character (%1) at position %2</source>
        <translation>合同编号第 %2 位含有不可见字符或控制字符（%1）</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation>租期起</translation>
    </message>
    <message>
        <source>Lease to</source>
        <translation>租期止</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>The number of days %1 must be between 0 and 3660</source>
        <translation>天数 %1 应在 0 到 3660 之间</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Re&amp;peat new password</source>
        <translation>再次输入新密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room &amp;number:</source>
        <translation>房号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>建筑面积(&amp;A)（m²）：</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>RoomGridDialog</name>
    <message>
        <source>Add rooms</source>
        <translation>批量添加房间</translation>
    </message>
    <message>
        <source>From &amp;floor:</source>
        <translation>起始楼层(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To floor:</source>
        <translation>结束楼层(&amp;T)：</translation>
    </message>
    <message>
        <source>Rooms &amp;per floor:</source>
        <translation>每层户数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>建筑面积(&amp;A)（m²）：</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>SelfInspectionService</name>
    <message>
        <source>The self-inspection is for the archive clerk, department managers and company leaders</source>
        <translation>自查仅供档案管理员、部门经理和公司领导使用</translation>
    </message>
    <message>
        <source>Month %1 has not begun yet</source>
        <translation>%1 月尚未开始</translation>
    </message>
    <message>
        <source>Dossiers with missing items</source>
        <translation>缺件档案</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼座</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>缺少的文件</translation>
    </message>
    <message>
        <source>Late filings</source>
        <translation>逾期归档</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应归档日期</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>not filed</source>
        <translation>未归档</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借阅单号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Lost dossiers</source>
        <translation>遗失档案</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>遗失日期</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>an extension</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>Damage to repair</source>
        <translation>待修复损坏</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>What</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Missing since a reconciliation</source>
        <translation>盘点缺失未找回</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation>缺失起始日</translation>
    </message>
    <message>
        <source>Its place</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Reconciliation sessions this month</source>
        <translation>本月盘点批次</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>the whole archive</source>
        <translation>全部档案</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Found missing this month</source>
        <translation>本月盘点缺失</translation>
    </message>
    <message>
        <source>Places not reconciled this month</source>
        <translation>本月未盘点的位置</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>档案数</translation>
    </message>
    <message>
        <source>Due for destruction</source>
        <translation>到期待销毁档案</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Destroyable since</source>
        <translation>可销毁日期</translation>
    </message>
    <message>
        <source>Dossiers on hold</source>
        <translation>冻结（暂停销毁）的档案</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>冻结日期</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>冻结人</translation>
    </message>
    <message>
        <source>Violations this month</source>
        <translation>本月违规</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Monthly archive self-inspection sheet</source>
        <translation>档案管理月度自查表</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>State of the archive on %1, as %2 (%3) sees it</source>
        <translation>%1 的档案状况，按 %2（%3）的查看范围</translation>
    </message>
    <message>
        <source>Reconciliation of the month: %1 — sessions finished %2 of %3, places not reconciled %4, found missing %5</source>
        <translation>本月盘点：%1 —— 已结束 %2 批（共 %3 批），未盘点位置 %4 处，盘点缺失 %5 卷</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2 hours ago)</source>
        <translation>最近备份：%1（%2 小时前）</translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation>最近备份：无</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>not part of what your role sees</source>
        <translation>不在您的角色查看范围内</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>Inspected by (signature):</source>
        <translation>自查人（签字）：</translation>
    </message>
    <message>
        <source>Reviewed by (signature):</source>
        <translation>复核人（签字）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>复制表 %1 失败：%2</translation>
    </message>
    <message>
        <source>--from and --to name the same archive (%1): migrate copies an archive to another place</source>
        <translation>--from 和 --to 指向同一个档案库（%1）：migrate 是把档案库复制到另一个位置</translation>
    </message>
    <message>
        <source>There is no archive at %1; check the path of --from</source>
        <translation>%1 处没有档案库；请检查 --from 的路径</translation>
    </message>
    <message>
        <source>%1 exists already: migrate writes a new archive file, never over an existing one; choose a new name</source>
        <translation>%1 已存在：migrate 只写入新的档案文件，绝不覆盖已有文件；请换一个新文件名</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>There is no archive at %1: it has no tables</source>
        <translation>%1 处没有档案库：其中没有任何表</translation>
    </message>
    <message>
        <source>The archive %1 has schema version %2, older than this program's %3: open it once with this version (for example archiveroom --db %1 status), which upgrades it, then migrate it. Nothing was written.</source>
        <translation>档案库 %1 的结构版本为 %2，低于本程序的 %3：请先用本版本打开一次（例如 archiveroom --db %1 status）完成升级，再迁移。未写入任何内容。</translation>
    </message>
    <message>
        <source>The archive %1 was made by a newer version of ArchiveRoom (schema %2, this version knows %3): migrate it with that version. Nothing was written.</source>
        <translation>档案库 %1 由更新版本的档案室程序创建（结构版本 %2，本版本只认识到 %3）：请用那个版本迁移。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 already holds an archive (its table %2 has %3 rows): migrate copies into an empty database, or one made by archiveroom pg-setup that holds no archive yet</source>
        <translation>%1 中已有档案库（其表 %2 有 %3 行）：migrate 只复制到空数据库，或由 archiveroom pg-setup 准备且尚无档案的数据库</translation>
    </message>
    <message>
        <source>The source and the target have different tables (only in the source: %1; only in the target: %2)</source>
        <translation>源和目标的表不同（仅源中有：%1；仅目标中有：%2）</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the source (%2) than in the target (%3)</source>
        <translation>表 %1 在源中的列（%2）与目标中的列（%3）不同</translation>
    </message>
    <message>
        <source>The copy does not have the rows of the source: %1</source>
        <translation>副本的行数与源不一致：%1</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the target: %1 (run archiveroom audit verify on the source to see whether it was broken there already)</source>
        <translation>目标上的审计记录校验未通过：%1（请对源运行 archiveroom audit verify，查看源中是否已经损坏）</translation>
    </message>
    <message>
        <source>Run migrate to a server as the role that ran archiveroom pg-setup (or the server's superuser): a desk's role may not set the archive's id sequences.</source>
        <translation>迁移到服务器时，请以运行 archiveroom pg-setup 的角色（或服务器超级用户）运行 migrate：前台角色无权设置档案库的编号序列。</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>未向 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>pg-setup prepares an archive on a PostgreSQL server: give its location as --db postgresql://USER@HOST/DBNAME</source>
        <translation>pg-setup 用于在 PostgreSQL 服务器上准备档案库：请用 --db postgresql://用户@主机/数据库名 指定其位置</translation>
    </message>
    <message>
        <source>A role name for pg-setup is written in lower-case letters, digits and _ (at most 63), not starting with a digit: %1</source>
        <translation>pg-setup 的角色名只能由小写字母、数字和 _ 组成（最多 63 个字符），且不能以数字开头：%1</translation>
    </message>
    <message>
        <source>The owner role and the desk role must be two different roles</source>
        <translation>所有者角色和前台角色必须是两个不同的角色</translation>
    </message>
    <message>
        <source>%1 cannot be made a desk: it is one of the archive's roles, or also given to --revoke</source>
        <translation>%1 不能设为前台：它是档案库自身的角色，或同时出现在 --revoke 中</translation>
    </message>
    <message>
        <source>Cannot read the connecting role of %1</source>
        <translation>无法读取 %1 的连接角色</translation>
    </message>
    <message>
        <source>The search path of %1 names no schema that exists in the database %2: create the schema, or leave search_path out of the location</source>
        <translation>%1 的搜索路径（search_path）中没有数据库 %2 里存在的模式：请先创建该模式，或从位置中去掉 search_path</translation>
    </message>
    <message>
        <source>Run pg-setup as the server's superuser (postgres) or as the database's owner with the right to create roles (createuser --createrole; createdb --owner); see docs/admin.md.</source>
        <translation>请以服务器的超级用户（postgres）运行 pg-setup，或以有权创建角色的数据库所有者运行（createuser --createrole；createdb --owner）；见 docs/admin.md。</translation>
    </message>
    <message>
        <source>The role %1 may not create the role %2. %3</source>
        <translation>角色 %1 无权创建角色 %2。%3</translation>
    </message>
    <message>
        <source>The role %1 may not grant rights on the schema %2 of the database %3. %4</source>
        <translation>角色 %1 无权授予数据库 %3 中模式 %2 的权限。%4</translation>
    </message>
    <message>
        <source>There is no role %1 on the server: make it first with createuser --pwprompt %1, then run pg-setup --grant %1 again</source>
        <translation>服务器上没有角色 %1：请先用 createuser --pwprompt %1 创建，再运行 pg-setup --grant %1</translation>
    </message>
    <message>
        <source>The scan %1 is in %2 already; move it away first</source>
        <translation>扫描件 %1 已在 %2 中，请先将其移走</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Please sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to do this</source>
        <translation>%1（%2）无权执行此操作</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>ArchiveRoom</source>
        <translation>档案室管理系统</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>忘记密码(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>TrialArchive</name>
    <message>
        <source>Trial administrator</source>
        <translation>试用系统管理员</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>综合管理部</translation>
    </message>
    <message>
        <source>Trial archive clerk</source>
        <translation>试用资料管理员</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>Trial manager</source>
        <translation>试用部门经理</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服部</translation>
    </message>
    <message>
        <source>Trial general manager</source>
        <translation>试用总经理</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>总经理办公室</translation>
    </message>
    <message>
        <source>Trial property assistant</source>
        <translation>试用物业助理</translation>
    </message>
    <message>
        <source>Trial engineer</source>
        <translation>试用工程维修员</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>A trial archive already exists at %1</source>
        <translation>试用档案库已存在：%1</translation>
    </message>
</context>
<context>
    <name>UnmaskReasonDialog</name>
    <message>
        <source>Show full details</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>查看原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>UpgradeProgressDialog</name>
    <message>
        <source>Step %1 of %2: keeping a copy of the archive as it is
%3</source>
        <translation>第 %1 步，共 %2 步：保留档案库的原样副本
%3</translation>
    </message>
    <message>
        <source>Step %1 of %2: upgrading to version %3</source>
        <translation>第 %1 步，共 %2 步：升级到版本 %3</translation>
    </message>
    <message>
        <source>Step %1 of %2: writing the search index again</source>
        <translation>第 %1 步，共 %2 步：重建检索索引</translation>
    </message>
    <message>
        <source>Upgrading the archive from version %1 to version %2…</source>
        <translation>正在升级档案库：从版本 %1 升级到版本 %2…</translation>
    </message>
    <message>
        <source>A large archive takes some minutes. The upgrade cannot be interrupted:
each step is saved whole or not at all.</source>
        <translation>档案较多时需要几分钟。升级不能中途取消：
每一步要么完整保存，要么完全不保存。</translation>
    </message>
    <message>
        <source>Upgrading the archive</source>
        <translation>正在升级档案库</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Sign-in settings</source>
        <translation>登录设置</translation>
    </message>
    <message>
        <source>&amp;Failed sign-ins before a lockout</source>
        <translation>登录失败几次后锁定(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lockout</source>
        <translation>锁定时长(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Idle lock after</source>
        <translation>无操作自动锁定(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Minimum password length</source>
        <translation>密码最短长度(&amp;M)</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>letters and digits, e.g. zhangli</source>
        <translation>字母和数字，例如 zhangli</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>启用（可以登录）(&amp;A)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>再次输入密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Initial password</source>
        <translation>初始密码(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>must have 18 digits (or 15 for an old card), not %1</source>
        <translation>应为 18 位（旧证为 15 位），而不是 %1 位</translation>
    </message>
    <message>
        <source>the first 17 characters must be digits</source>
        <translation>前 17 位必须是数字</translation>
    </message>
    <message>
        <source>a 15-character number must be all digits</source>
        <translation>15 位号码必须全部是数字</translation>
    </message>
    <message>
        <source>the last character must be a digit or X</source>
        <translation>末位必须是数字或 X</translation>
    </message>
    <message>
        <source>region code %1 is not a province code</source>
        <translation>地区码 %1 不是有效的省级行政区代码</translation>
    </message>
    <message>
        <source>birth date %1 does not exist</source>
        <translation>出生日期 %1 不存在</translation>
    </message>
    <message>
        <source>birth date %1 is not plausible</source>
        <translation>出生日期 %1 不合理</translation>
    </message>
    <message>
        <source>the check digit should be %1</source>
        <translation>校验位应为 %1</translation>
    </message>
    <message>
        <source>%1 %2 is an old 15-digit number; ask for the current 18-digit card</source>
        <translation>%1 %2 是旧版 15 位号码，请索取现行 18 位身份证</translation>
    </message>
    <message>
        <source>Document number is empty</source>
        <translation>证件号码未填写</translation>
    </message>
    <message>
        <source>Document number %1: only letters, digits, '-' and brackets, 5 to 30 of them</source>
        <translation>证件号码 %1：只能包含字母、数字、“-”和括号，共 5 至 30 位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1未填写</translation>
    </message>
    <message>
        <source>%1 %2: the extension must be digits</source>
        <translation>%1 %2：分机号必须是数字</translation>
    </message>
    <message>
        <source>%1 %2: only digits are allowed (letters or symbols found)</source>
        <translation>%1 %2：只能填写数字（发现字母或符号）</translation>
    </message>
    <message>
        <source>%1 %2: a mobile number has 11 digits, not %3</source>
        <translation>%1 %2：手机号码应为 11 位，而不是 %3 位</translation>
    </message>
    <message>
        <source>%1 %2: the number range %3 is not a known mobile range</source>
        <translation>%1 %2：号段 %3 不是已知的手机号段</translation>
    </message>
    <message>
        <source>%1 %2: a landline is the area code and 7 or 8 digits</source>
        <translation>%1 %2：座机号码应为区号加 7 或 8 位号码</translation>
    </message>
    <message>
        <source>%1 %2: no area code</source>
        <translation>%1 %2：缺少区号</translation>
    </message>
    <message>
        <source>%1 %2: not a mobile or landline number</source>
        <translation>%1 %2：不是有效的手机或座机号码</translation>
    </message>
    <message>
        <source>Name is empty</source>
        <translation>姓名未填写</translation>
    </message>
    <message>
        <source>Name %1 is longer than 50 characters</source>
        <translation>姓名 %1 超过 50 个字</translation>
    </message>
    <message>
        <source>Name %1 contains digits</source>
        <translation>姓名 %1 含有数字</translation>
    </message>
    <message>
        <source>Gender %1 does not match ID number %2, which is of a %3</source>
        <translation>性别“%1”与身份证号 %2 不符，该号码对应的性别为“%3”</translation>
    </message>
    <message>
        <source>Name contains an invisible or control character (%1) at position %2</source>
        <translation>姓名第 %2 个字符是不可见字符或控制字符（%1）</translation>
    </message>
    <message>
        <source>Name %1 contains "%2", which is not part of a name</source>
        <translation>姓名 %1 含有“%2”，姓名中不应有此字符</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>must have 18 characters, not %1</source>
        <translation>应为 18 位，实为 %1 位</translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed (only digits and the capitals without I, O, Z, S, V)</source>
        <translation>第 %2 位的字符 %1 不允许（只能是数字和 I、O、Z、S、V 以外的大写字母）</translation>
    </message>
    <message>
        <source>the check character is %1, it should be %2</source>
        <translation>校验码为 %1，应为 %2</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>%1 %2 is longer than 100 characters</source>
        <translation>%1 %2 超过 100 个字符</translation>
    </message>
    <message>
        <source>%1 %2 contains "%3", which is not part of a name</source>
        <translation>%1 %2 含有“%3”，不能用于名称</translation>
    </message>
</context>
<context>
    <name>ViolationService</name>
    <message>
        <source>Name the person who committed the violation</source>
        <translation>请填写违规人姓名</translation>
    </message>
    <message>
        <source>Say what the violation was</source>
        <translation>请说明违规事实</translation>
    </message>
    <message>
        <source>The text holds the invisible or control character %1</source>
        <translation>文字中含有不可见字符或控制字符 %1</translation>
    </message>
    <message>
        <source>Measure %1: one of %2</source>
        <translation>处理措施 %1：应为 %2 之一</translation>
    </message>
    <message>
        <source>A fine needs its amount in yuan, e.g. 100 or 300 (given: %1)</source>
        <translation>罚款须填写金额（元），例如 100 或 300（填写的是：%1）</translation>
    </message>
    <message>
        <source>A fine must be more than 0 yuan</source>
        <translation>罚款金额必须大于 0 元</translation>
    </message>
    <message>
        <source>An amount goes with a fine only, not with %1</source>
        <translation>只有罚款才填写金额，%1 不需要</translation>
    </message>
    <message>
        <source>No loan %1</source>
        <translation>没有借阅 %1</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Line %1: the date is not a valid YYYY-MM-DD date</source>
        <translation>第 %1 行：日期不是有效的 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>Line %1: %2 does not belong to the notice of %3</source>
        <translation>第 %1 行：%2 不属于 %3 年的通知</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice</source>
        <translation>第 %1 行：%2 重复列出</translation>
    </message>
    <message>
        <source>%1 is not a holiday file: %2</source>
        <translation>%1 不是节假日文件：%2</translation>
    </message>
    <message>
        <source>%1 names no valid year</source>
        <translation>%1 没有有效的年份</translation>
    </message>
    <message>
        <source>Entry %1: isOffDay must be true or false</source>
        <translation>第 %1 项：isOffDay 必须为 true 或 false</translation>
    </message>
    <message>
        <source>Line %1: the year is given twice</source>
        <translation>第 %1 行：年份重复给出</translation>
    </message>
    <message>
        <source>Line %1: write "YYYY-MM-DD off NAME" or "YYYY-MM-DD work NAME", not %2</source>
        <translation>第 %1 行：请写成“YYYY-MM-DD off 名称”或“YYYY-MM-DD work 名称”，而不是 %2</translation>
    </message>
    <message>
        <source>Line %1: the line "year YYYY" must come first</source>
        <translation>第 %1 行：须先写“year YYYY”一行</translation>
    </message>
    <message>
        <source>%1 has no line "year YYYY"</source>
        <translation>%1 缺少“year YYYY”一行</translation>
    </message>
    <message>
        <source>%1 lists no dates for %2: the notice is not published yet</source>
        <translation>%1 没有 %2 年的日期：通知尚未发布</translation>
    </message>
</context>
<context>
    <name>ar::ui::AccountActions</name>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Manage users…</source>
        <translation>用户管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ar::ui::ApprovalInbox</name>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>借阅审批</translation>
    </message>
    <message>
        <source>reason (required to reject)</source>
        <translation>理由（驳回时必填）</translation>
    </message>
    <message>
        <source>Requests wait here for the head of the department that approves them; copies need the owning department; extensions are marked.</source>
        <translation>申请在此等待审批部门负责人处理；复制须经档案所属部门批准；续借申请另有标注。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Loan %1: %2</source>
        <translation>借阅 %1：%2</translation>
    </message>
    <message>
        <source>Loan %1 no longer waits for your decision</source>
        <translation>借阅 %1 已不在等待您审批</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>不到一小时</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>没有等待您审批的申请。</translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation>档案：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>门类：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>房间：</translation>
    </message>
    <message>
        <source>, pages %1</source>
        <translation>，页码 %1</translation>
    </message>
    <message>
        <source>, back by %1</source>
        <translation>，希望 %1 前归还</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>借阅人：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Asks to:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation>申请时间：</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>已等待：</translation>
    </message>
    <message>
        <source>Extension asked; due now:</source>
        <translation>申请续借；现应还日期：</translation>
    </message>
</context>
<context>
    <name>ar::ui::AuditDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>person no.</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>档案(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>The chain is intact: %1 records.</source>
        <translation>审计链完整：共 %1 条记录。</translation>
    </message>
    <message>
        <source>The chain is broken at record %1: %2</source>
        <translation>审计链在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Checkpoint to note down: %1:%2</source>
        <translation>请另行记下核对点：%1:%2</translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation>审计日志(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ar::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>rooms added</source>
        <translation>批量新增房间</translation>
    </message>
    <message>
        <source>edit form</source>
        <translation>编辑表单</translation>
    </message>
    <message>
        <source>change history</source>
        <translation>变更记录</translation>
    </message>
</context>
<context>
    <name>ar::ui::BackupActions</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>备份设置(&amp;S)…</translation>
    </message>
    <message>
        <source>There is no backup of this archive yet. Back up now: File › Back up…</source>
        <translation>此档案库还没有备份。请立即备份：文件 › 备份…</translation>
    </message>
    <message>
        <source>The last backup is %1 days %2 hours old (made %3); backups are due every %4 hours. Is the backup disk connected?</source>
        <translation>最近一次备份已过去 %1 天 %2 小时（%3 制作）；规定每 %4 小时备份一次。备份盘是否已连接？</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The archive is backed up.</source>
        <translation>档案库已备份。</translation>
    </message>
    <message>
        <source>The automatic backup into %1 failed: %2</source>
        <translation>自动备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Daily backup of the archive…</source>
        <translation>正在进行每日备份…</translation>
    </message>
    <message>
        <source>Backing up the changes of this session…</source>
        <translation>正在备份本次的改动…</translation>
    </message>
    <message>
        <source>Backing up the archive…</source>
        <translation>正在备份档案库…</translation>
    </message>
    <message>
        <source>The backup %1 (%2) holds %3 persons, %4 dossiers and %5 scans.</source>
        <translation>备份 %1（%2）包含 %3 名人员、%4 份档案和 %5 个扫描件。</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup of %1 was restored into the new archive %2 (%3 persons, %4 dossiers, %5 scans). The archive in use, %6, is kept as it was.</source>
        <translation>%1 的备份已恢复到新档案 %2（%3 名人员、%4 份档案、%5 个扫描件）。正在使用的档案 %6 保持不变。</translation>
    </message>
    <message>
        <source>ArchiveRoom now starts again with the restored archive.</source>
        <translation>档案室现在将重新启动并打开恢复的档案。</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>&amp;Check a backup…</source>
        <translation>检查备份(&amp;C)…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>The check of the backup %1 failed: %2</source>
        <translation>备份 %1 检查未通过：%2</translation>
    </message>
    <message>
        <source>The backup %1 is complete and can be restored: made %2 by %3, with %4 persons, %5 dossiers and %6 scans; its audit trail verifies.</source>
        <translation>备份 %1 完整，可以恢复：%2 由 %3 制作，含 %4 人、%5 卷档案、%6 份扫描件；审计日志链校验完好。</translation>
    </message>
</context>
<context>
    <name>ar::ui::BackupDialog</name>
    <message>
        <source>Back up the archive</source>
        <translation>备份档案库</translation>
    </message>
    <message>
        <source>One encrypted file with the whole archive: the database and the scans. Keep it on another disk or a USB stick. It opens with the password of an administrator or archive clerk, or with the recovery key.</source>
        <translation>一个加密文件包含整个档案库：数据库和扫描件。请保存在另一块硬盘或 U 盘上。用系统管理员或档案管理员的密码，或恢复密钥打开。</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>备份文件(&amp;F)：</translation>
    </message>
    <message>
        <source>ArchiveRoom backups (*.arbackup)</source>
        <translation>档案室备份 (*.arbackup)</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ar::ui::BackupDialogs</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>ar::ui::BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>empty: no automatic backups</source>
        <translation>留空：不自动备份</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>ArchiveRoom backs up into this folder at the first sign-in of each day and when the window is closed after changes. Choose a second disk or a USB stick, not the disk of the archive.</source>
        <translation>档案室在每天第一次登录时、以及有改动后关闭窗口时备份到此文件夹。请选择另一块硬盘或 U 盘，不要选档案所在的硬盘。</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translation>最近备份超过此时间时提醒(&amp;W)：</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>保留每日备份(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep wee&amp;kly backups:</source>
        <translation>保留每周备份(&amp;K)：</translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation>保留每月备份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ar::ui::BorrowDesk</name>
    <message>
        <source>Borrow desk</source>
        <translation>借还台</translation>
    </message>
    <message>
        <source>login of the borrower (scan the staff card or type)</source>
        <translation>借阅人登录名（扫工牌或输入）</translation>
    </message>
    <message>
        <source>only needed when the borrower has no approved request</source>
        <translation>借阅人没有已批准的申请时才需填写</translation>
    </message>
    <message>
        <source>Check out (F2)</source>
        <translation>借出 (F2)</translation>
    </message>
    <message>
        <source>Check in (F3)</source>
        <translation>归还 (F3)</translation>
    </message>
    <message>
        <source>what is damaged or missing</source>
        <translation>损坏或缺失的情况</translation>
    </message>
    <message>
        <source>scan the spine label or type the archive no., then Enter</source>
        <translation>扫描脊背标签或输入档号，然后按回车</translation>
    </message>
    <message>
        <source>&amp;Borrower:</source>
        <translation>借阅人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>Condition at return:</source>
        <translation>归还状况：</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>档案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Next borrower (Ctrl+N)</source>
        <translation>下一位借阅人(&amp;N) (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1 checked out to %2, due %3</source>
        <translation>%1 已借给 %2，应还日期 %3</translation>
    </message>
    <message>
        <source>%1 checked in: %2</source>
        <translation>%1 已归还：%2</translation>
    </message>
    <message>
        <source> — a damage record was opened for the manager</source>
        <translation> — 已为部门经理建立损坏记录</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1: request registered, waiting for %2</source>
        <translation>%1：申请已登记，等待%2审批</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) out</source>
        <translation>
            <numerusform>已借出 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 份逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved or waiting</source>
        <translation>
            <numerusform>%n 份已批准或待审批</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ar::ui::CategoryAdminDialog</name>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>当日归还</translation>
    </message>
    <message>
        <source>empty: the archive-wide rule</source>
        <translation>留空：使用全宗统一规则</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必备</translation>
    </message>
    <message>
        <source>Own fields</source>
        <translation>专用字段</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>门类：%1</translation>
    </message>
    <message>
        <source>Item kinds of %1 (the required ones make the checklist)</source>
        <translation>%1的文件类型（必备类型构成归档清单）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必备</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Dossier &amp;categories and checklists…</source>
        <translation>档案门类与归档清单(&amp;C)…</translation>
    </message>
    <message>
        <source>Tokens: {fonds} {category} {year} {retention} {seq} or {seq:4} (four digits). The rule must contain {seq} and {year} and give numbers no other category's rule gives. Only new dossiers are numbered by a changed rule.</source>
        <translation>可用占位符：{fonds} 全宗号、{category} 门类代码、{year} 年度、{retention} 保管期限、{seq} 或 {seq:4}（四位）顺序号。规则必须包含 {seq} 和 {year}，且不能与其他门类的规则编出相同的档号。修改后的规则只用于新建的档案。</translation>
    </message>
</context>
<context>
    <name>ar::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password — %1</source>
        <translation>修改密码 — %1</translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation>修改密码(&amp;W)</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice</source>
        <translation>两次输入的新密码不一致，请输入相同的密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from the next sign-in.</source>
        <translation>密码已修改。下次登录请使用新密码。</translation>
    </message>
</context>
<context>
    <name>ar::ui::CodeNameDialog</name>
    <message>
        <source>letters or digits, e.g. 3</source>
        <translation>字母或数字，如 3</translation>
    </message>
</context>
<context>
    <name>ar::ui::CopyForm</name>
    <message>
        <source>Copies of %1</source>
        <translation>%1 的复制</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>&amp;Pages copied:</source>
        <translation>复制页码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>张数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Copies of each:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ar::ui::CopyRegisterDialog</name>
    <message>
        <source>Copy register (ZC-05/B05)</source>
        <translation>资料文件借阅、复制记录表（ZC-05/B05）</translation>
    </message>
    <message>
        <source>Borrowing and copying record: one line for each copy made for an approved copy request. The clerk records copies from the loan list.</source>
        <translation>资料文件借阅、复制记录表：经批准的复制申请每复制一次登记一行。档案员在借阅列表中登记复制。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>张数</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Copied by</source>
        <translation>复制人</translation>
    </message>
</context>
<context>
    <name>ar::ui::DamageDialog</name>
    <message>
        <source>Damaged dossiers</source>
        <translation>损坏档案</translation>
    </message>
    <message>
        <source>Dossiers that came back damaged or incomplete stay here until they are repaired. Managers see their department's.</source>
        <translation>归还时损坏或不完整的档案留在此处，直至修复。部门经理只看到本部门的。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修复时间</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复情况</translation>
    </message>
    <message>
        <source>Show repaired ones t&amp;oo</source>
        <translation>同时显示已修复的(&amp;O)</translation>
    </message>
    <message>
        <source>Mark &amp;repaired…</source>
        <translation>标记为已修复(&amp;R)…</translation>
    </message>
    <message>
        <source>Damage record %1</source>
        <translation>损坏记录 %1</translation>
    </message>
    <message>
        <source>How was the dossier repaired or completed?</source>
        <translation>档案是如何修复或补全的？</translation>
    </message>
    <message>
        <source>Damage record %1 is closed</source>
        <translation>损坏记录 %1 已关闭</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>View &amp;photo…</source>
        <translation>查看照片(&amp;P)…</translation>
    </message>
    <message>
        <source>optional: a photo of the damage (JPEG, PNG …)</source>
        <translation>可选：损坏情况的照片（JPEG、PNG 等）</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>选择照片(&amp;H)…</translation>
    </message>
    <message>
        <source>Photo of the damage</source>
        <translation>损坏照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>&amp;Photo:</source>
        <translation>照片(&amp;P)：</translation>
    </message>
    <message>
        <source>The photo of damage record %1 cannot be shown</source>
        <translation>无法显示损坏记录 %1 的照片</translation>
    </message>
    <message>
        <source>Photo of damage record %1</source>
        <translation>损坏记录 %1 的照片</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ar::ui::DestructionDialog</name>
    <message>
        <source>a company leader</source>
        <translation>公司领导</translation>
    </message>
    <message>
        <source>the head of %1</source>
        <translation>%1负责人</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>档案销毁</translation>
    </message>
    <message>
        <source>Dossiers past their retention, not on hold, not on loan and in no open batch. Tick those to destroy.</source>
        <translation>已过保管期限、未冻结、未借出且不在未结批次中的档案。请勾选要销毁的档案。</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>门类</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Destroyable from</source>
        <translation>可销毁日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Reason for destruction, e.g. retention period expired</source>
        <translation>销毁原因，如：保管期满</translation>
    </message>
    <message>
        <source>&amp;Propose batch</source>
        <translation>提出销毁(&amp;P)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>可销毁档案</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>卷数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>Shredding, pulping, incineration …</source>
        <translation>粉碎、化浆、焚烧……</translation>
    </message>
    <message>
        <source>Login of a witness other than you</source>
        <translation>监销人的登录名（不能是您本人）</translation>
    </message>
    <message>
        <source>Login of a second witness</source>
        <translation>第二名监销人的登录名</translation>
    </message>
    <message>
        <source>&amp;Destroy the batch</source>
        <translation>执行销毁(&amp;D)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>销毁方式：</translation>
    </message>
    <message>
        <source>Witness 1:</source>
        <translation>监销人 1：</translation>
    </message>
    <message>
        <source>Witness 2:</source>
        <translation>监销人 2：</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>销毁批次</translation>
    </message>
    <message>
        <source>Pri&amp;nt destruction list…</source>
        <translation>打印销毁清册(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation>批次 %1：%2</translation>
    </message>
    <message>
        <source>Approved by %1 (%2) on %3</source>
        <translation>%1（%2）于 %3 批准</translation>
    </message>
    <message>
        <source>company leader</source>
        <translation>公司领导</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>%1 驳回：%2</translation>
    </message>
    <message>
        <source>Destroyed on %1 by %2 (%3), witnesses %4 and %5</source>
        <translation>%1 由 %2 销毁（%3），监销人 %4、%5</translation>
    </message>
    <message>
        <source>Tick the dossiers to destroy first</source>
        <translation>请先勾选要销毁的档案</translation>
    </message>
    <message>
        <source>Destroy the dossiers of batch %1? Their items, scans and the personal data of people with no other tie are erased for good; the catalog keeps their entries.</source>
        <translation>确定销毁批次 %1 的档案吗？卷内文件、扫描件以及无其他关联人员的个人信息将被永久删除；档案目录保留其条目。</translation>
    </message>
    <message>
        <source>Print destruction list</source>
        <translation>打印销毁清册</translation>
    </message>
    <message>
        <source>destruction-list-%1.pdf</source>
        <translation>销毁清册-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export destruction list</source>
        <translation>导出销毁清册</translation>
    </message>
    <message>
        <source>destruction-list-%1.xlsx</source>
        <translation>销毁清册-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ar::ui::DossierActions</name>
    <message>
        <source>&amp;New dossier…</source>
        <translation>新建档案(&amp;N)…</translation>
    </message>
    <message>
        <source>Open a repair, service, security, engineering or finance dossier</source>
        <translation>建立维修、服务记录、安全、工程或财务档案</translation>
    </message>
    <message>
        <source>&amp;Filing queue…</source>
        <translation>归档队列(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Late filings…</source>
        <translation>逾期归档(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Missing items…</source>
        <translation>缺件(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose an estate in the tree first</source>
        <translation>请先在树中选择一个小区</translation>
    </message>
    <message>
        <source>Archive &amp;places…</source>
        <translation>存放位置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Handover campaign running (file the same day)</source>
        <translation>收楼期进行中（当日归档）(&amp;H)</translation>
    </message>
    <message>
        <source>Record a hand-&amp;over…</source>
        <translation>登记移交(&amp;O)…</translation>
    </message>
    <message>
        <source>Dossiers of the room</source>
        <translation>本房间的档案</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>门类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Dossiers of room %1</source>
        <translation>房间 %1 的档案</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>门类(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>题名(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>(none: choose a room first to tie it to one)</source>
        <translation>（无：如需关联房间，请先选择房间）</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>房间：</translation>
    </message>
    <message>
        <source>Opened dossier %1</source>
        <translation>已建立档案 %1</translation>
    </message>
    <message>
        <source>Record a hand-over</source>
        <translation>登记移交</translation>
    </message>
    <message>
        <source>Property assistant → archive clerk</source>
        <translation>物业助理 → 资料管理员</translation>
    </message>
    <message>
        <source>Archive clerk → company archive room</source>
        <translation>资料管理员 → 公司档案室</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>环节(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>移交人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>接收人(&amp;T)：</translation>
    </message>
    <message>
        <source>One archive number per line: scan the spine labels</source>
        <translation>每行一个档号：可直接扫描脊背标签</translation>
    </message>
    <message>
        <source>&amp;Dossiers:</source>
        <translation>档案(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>Hand-over recorded: %n dossier(s)</source>
        <translation>
            <numerusform>已登记移交：%n 份档案</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover campaign</source>
        <translation>收楼期</translation>
    </message>
    <message>
        <source>Handover campaign on: items are due for filing the day they are received</source>
        <translation>收楼期已开始：材料须在收件当日归档</translation>
    </message>
    <message>
        <source>Handover campaign over: filing is due within a week</source>
        <translation>收楼期已结束：材料须在一周内归档</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>导出此列表…</translation>
    </message>
    <message>
        <source>Dossiers of %1</source>
        <translation>%1 的档案</translation>
    </message>
    <message>
        <source>&amp;Destruction…</source>
        <translation>销毁(&amp;D)…</translation>
    </message>
    <message>
        <source>Dossiers past retention: propose, approve and carry out their destruction</source>
        <translation>已过保管期限的档案：提出、审批并执行销毁</translation>
    </message>
</context>
<context>
    <name>ar::ui::DossierDialog</name>
    <message>
        <source>No.</source>
        <translation>件号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>材料类别</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必备</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>材料(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>材料清单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Receive item…</source>
        <translation>登记收件(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;File selected</source>
        <translation>归档所选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Move folder…</source>
        <translation>移架(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Scans…</source>
        <translation>扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>档案 %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>门类：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>房间：%1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>存放位置：%1</translation>
    </message>
    <message>
        <source>not shelved</source>
        <translation>未上架</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>保管期限：%1</translation>
    </message>
    <message>
        <source>destroyable from %1</source>
        <translation>%1 起可销毁</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on file.</source>
        <translation>
            <numerusform>共 %n 件材料。</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Complete: every required item is on file.</source>
        <translation>✔ 齐全：必备材料均已在档。</translation>
    </message>
    <message>
        <source>✘ Missing: %1</source>
        <translation>✘ 缺件：%1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 件</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>已于 %1 归档</translation>
    </message>
    <message>
        <source>to file by %1</source>
        <translation>应于 %1 前归档</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必备</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>item received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>item filed</source>
        <translation>材料归档</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移架</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>scan attached</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>扫描件：</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>保存扫描件副本</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation>借阅(&amp;L)</translation>
    </message>
    <message>
        <source>item required</source>
        <translation>材料列为必备</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>冻结(&amp;H)…</translation>
    </message>
    <message>
        <source>Keep this dossier out of destruction (a dispute, an audit, a court order)</source>
        <translation>暂缓销毁本档案（纠纷、审计、法院调取等）</translation>
    </message>
    <message>
        <source>Record &amp;damage…</source>
        <translation>登记损坏(&amp;D)…</translation>
    </message>
    <message>
        <source>On hold since %1 (%2): %3</source>
        <translation>自 %1 起冻结（%2）：%3</translation>
    </message>
    <message>
        <source>Destroyed on %1 in destruction batch %2: only the catalog entry is kept</source>
        <translation>已于 %1 在销毁批次 %2 中销毁：仅保留目录条目</translation>
    </message>
    <message>
        <source>Release &amp;hold</source>
        <translation>解除冻结(&amp;H)</translation>
    </message>
    <message>
        <source>Missing since %1 (not found at a reconciliation)</source>
        <translation>自 %1 起缺失（盘点时未找到）</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Why is %1 kept out of destruction?</source>
        <translation>%1 为何暂缓销毁？</translation>
    </message>
    <message>
        <source>Damage to %1</source>
        <translation>%1 的损坏</translation>
    </message>
    <message>
        <source>What is damaged (found at a daily check)? The owning department's manager sees it until it is repaired.</source>
        <translation>哪里损坏（日常检查发现）？归口部门经理在修复前都能看到此记录。</translation>
    </message>
    <message>
        <source>Damage record %1 is open for %2 until the dossier is repaired.</source>
        <translation>损坏记录 %1 已登记给 %2，直至档案修复。</translation>
    </message>
</context>
<context>
    <name>ar::ui::DossierPicker</name>
    <message>
        <source>Which dossier?</source>
        <translation>哪一卷档案？</translation>
    </message>
    <message numerus="yes">
        <source>%1 fits more than %n dossiers; the first ones:</source>
        <translation>
            <numerusform>%1 对应超过 %n 卷档案，以下为前几卷：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fits %n dossiers; pick one:</source>
        <translation>
            <numerusform>%1 对应 %n 卷档案，请选择一卷：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation>选择(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 fits several dossiers; none was picked</source>
        <translation>%1 对应多卷档案，未选择任何一卷</translation>
    </message>
    <message>
        <source>There is no dossier %1</source>
        <translation>没有档案 %1</translation>
    </message>
</context>
<context>
    <name>ar::ui::EstateActions</name>
    <message>
        <source>Add &amp;estate…</source>
        <translation>添加小区(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;phase…</source>
        <translation>添加分期(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;building…</source>
        <translation>添加楼座(&amp;B)…</translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation>添加单元(&amp;U)…</translation>
    </message>
    <message>
        <source>Add rooms by &amp;floor…</source>
        <translation>按楼层批量添加房间(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation>添加单个房间(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Edi&amp;t room…</source>
        <translation>修改房间(&amp;T)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve room</source>
        <translation>删除房间(&amp;V)</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Add estate</source>
        <translation>添加小区</translation>
    </message>
    <message>
        <source>The code is short (e.g. HY) and goes into archive numbers.</source>
        <translation>代码宜简短（如 HY），将用于档号。</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>添加分期</translation>
    </message>
    <message>
        <source>Add building</source>
        <translation>添加楼座</translation>
    </message>
    <message>
        <source>The code goes into room references like 3-2-1201; the name may stay empty.</source>
        <translation>代码用于房号，如 3-2-1201；名称可以不填。</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>添加单元</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) added</source>
        <translation>
            <numerusform>已添加 %n 个房间</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>添加房间</translation>
    </message>
    <message>
        <source>Edit estate</source>
        <translation>修改小区</translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>修改楼座</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>修改单元</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>确定删除 %1 吗？</translation>
    </message>
    <message>
        <source>Edit room %1</source>
        <translation>修改房间 %1</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>删除房间</translation>
    </message>
    <message>
        <source>Remove room %1?</source>
        <translation>确定删除房间 %1 吗？</translation>
    </message>
</context>
<context>
    <name>ar::ui::EstateTreeModel</name>
    <message>
        <source>Building code %1</source>
        <translation>楼座代码 %1</translation>
    </message>
    <message>
        <source>Unit code %1</source>
        <translation>单元代码 %1</translation>
    </message>
</context>
<context>
    <name>ar::ui::ExpiringLeasesDialog</name>
    <message>
        <source>&amp;Leases ending soon…</source>
        <translation>租期将到期(&amp;L)…</translation>
    </message>
    <message>
        <source>Leases ending soon</source>
        <translation>租期将到期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租期止</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Lease starts</source>
        <translation>租期起</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Leases ending within the next</source>
        <translation>今后</translation>
    </message>
    <message>
        <source>and those already ended</source>
        <translation>内到期的租期，以及已过期的租期</translation>
    </message>
    <message numerus="yes">
        <source>lease ended %n day(s) ago</source>
        <translation>
            <numerusform>租期已过 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No lease ends within %n day(s).</source>
        <translation>
            <numerusform>%n 天内没有到期的租期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s).</source>
        <translation>
            <numerusform>共 %n 个租期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ar::ui::FilingQueueDialog</name>
    <message>
        <source>Filing queue</source>
        <translation>归档队列</translation>
    </message>
    <message>
        <source>&amp;Late filings only (due date passed, or filed after it)</source>
        <translation>仅显示逾期归档（已过期限或超期后归档）(&amp;L)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>归档期限</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>&amp;File selected</source>
        <translation>归档所选(&amp;F)</translation>
    </message>
    <message>
        <source>Late filings (%1)</source>
        <translation>逾期归档（%1）</translation>
    </message>
    <message>
        <source>Filing queue (%1)</source>
        <translation>归档队列（%1）</translation>
    </message>
    <message>
        <source>Late filings</source>
        <translation>逾期归档</translation>
    </message>
</context>
<context>
    <name>ar::ui::FirstRunDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice</source>
        <translation>两次输入的密码不一致，请输入相同的密码</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>Folder of the archive</source>
        <translation>档案库所在文件夹</translation>
    </message>
    <message>
        <source>A new, empty archive is being created in %1.

Another folder on this computer, such as a second disk, can hold it instead: "Other folder…". A network share is not a place for it (several computers writing one file can damage it): when several computers work on one archive, it lives on a server ("On a server…").

Set up the administrator's account. The administrator adds the other users and their roles. Keep the password safe.</source>
        <translation>正在新建一个空的档案库，位置：%1。

也可以放在本机的其他文件夹（例如第二块硬盘）中：点击“其他文件夹…”。不要放在网络共享文件夹中（多台电脑同时写入同一个文件可能损坏它）：多台电脑共用一个档案库时，档案库应放在服务器上（点击“服务器上的档案库…”）。

请先设置管理员账号。管理员负责添加其他用户并分配角色。请妥善保管密码。</translation>
    </message>
    <message>
        <source>On a server…</source>
        <translation>服务器上的档案库…</translation>
    </message>
</context>
<context>
    <name>ar::ui::FormGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃所填内容？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it and discard the changes?</source>
        <translation>此表中填写的内容尚未保存。关闭并放弃这些内容吗？</translation>
    </message>
</context>
<context>
    <name>ar::ui::HistoryDialog</name>
    <message>
        <source>Change history — %1</source>
        <translation>变更记录 — %1</translation>
    </message>
    <message>
        <source>Change history of %1</source>
        <translation>%1 的变更记录</translation>
    </message>
</context>
<context>
    <name>ar::ui::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ar::ui::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>ar::ui::ImportDialog</name>
    <message>
        <source>Import owner roster</source>
        <translation>导入业主名册</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for files of this layout</source>
        <translation>记住此对应关系，用于相同表头的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Columns whose header is not recognised are marked; choose what they hold, or leave them not imported.</source>
        <translation>表头无法识别的列已标出：请选择该列的内容，或保留“不导入”。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>只看有问题的行(&amp;P)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows…</source>
        <translation>导出驳回的行(&amp;X)…</translation>
    </message>
    <message>
        <source>Import only the &amp;good rows…</source>
        <translation>只导入无误的行(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a roster to see what it would change.</source>
        <translation>请选择名册文件，查看导入后会有哪些变化。</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <source>Sheet %1, header in row %2</source>
        <translation>工作表 %1，表头在第 %2 行</translation>
    </message>
    <message>
        <source>, encoding %1</source>
        <translation>，编码 %1</translation>
    </message>
    <message>
        <source> — the mapping remembered for this layout is used</source>
        <translation>——已使用为此表头记住的列对应关系</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>This header is not recognised: choose what the column holds</source>
        <translation>无法识别此表头：请选择该列的内容</translation>
    </message>
    <message>
        <source>The mapping changed: press Check to see the rows again.</source>
        <translation>列对应关系已更改：请点“检查”重新查看各行。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>Add %1, update %2, unchanged %3, rejected %4</source>
        <translation>新增 %1，更新 %2，不变 %3，驳回 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>, new room</source>
        <translation>，新房间</translation>
    </message>
    <message>
        <source>Rows are rejected: fix them in the file, or import only the good rows</source>
        <translation>有被驳回的行：请在文件中改正，或只导入无误的行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected, so nothing was imported. Fix them in the file (Export rejected rows… lists them with the reason) and check again, or import only the good rows.</source>
        <translation>
            <numerusform>有 %n 行被驳回，因此未导入任何内容。请在文件中改正（“导出驳回的行…”会列出各行及原因）后重新检查，或只导入无误的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the good rows are all on record already.</source>
        <translation>无需更改：无误的行都已登记在册。</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) will be left out and stay as they are in the file.</source>
        <translation>
            <numerusform>被驳回的 %n 行将不导入，仍保留在文件中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %n row(s) that change something?</source>
        <translation>
            <numerusform>导入其余有变化的 %n 行吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected, so nothing was imported.</source>
        <translation>
            <numerusform>有 %n 行被驳回，因此未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: everything in the file is on record.</source>
        <translation>无需更改：文件中的内容都已登记在册。</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 added, %2 updated, %3 unchanged; %n rejected row(s) left out.</source>
        <translation>
            <numerusform>已导入：新增 %1，更新 %2，不变 %3；被驳回的 %n 行未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>已导入：新增 %1，更新 %2，不变 %3。</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-驳回</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>保存驳回的行</translation>
    </message>
    <message>
        <source>The rejected rows were not written: %1</source>
        <translation>未能写出驳回的行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) written to %1, with the reason in the last column. Fix them there and import that file.</source>
        <translation>
            <numerusform>已将被驳回的 %n 行写入 %1，最后一列为驳回原因。请在该文件中改正后再导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>A developer's roster, .xlsx, .xls or .csv</source>
        <translation>开发商移交的名册，.xlsx、.xls 或 .csv</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xls *.et *.csv);;Excel workbook (*.xlsx *.xls);;CSV (*.csv)</source>
        <translation>名册 (*.xlsx *.xls *.et *.csv);;Excel 工作簿 (*.xlsx *.xls);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ar::ui::InspectionListDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Double-click a line to open its dossier.</source>
        <translation>双击一行打开其档案。</translation>
    </message>
</context>
<context>
    <name>ar::ui::KindEditDialog</name>
    <message>
        <source>Item kind %1 — %2</source>
        <translation>文件类型 %1 — %2</translation>
    </message>
    <message>
        <source>New item kind — %1</source>
        <translation>新增文件类型 — %1</translation>
    </message>
    <message>
        <source>&amp;Required: every dossier of the category must hold one</source>
        <translation>必备(&amp;R)：该门类的每份档案都须有此文件</translation>
    </message>
    <message>
        <source>One field a line, e.g. repair time, repairer, work done, cost. Each item of this kind is received with these fields.</source>
        <translation>每行一个字段，例如：报修时间、维修人员、维修内容、维修费用。接收此类文件时填写这些字段。</translation>
    </message>
    <message>
        <source>&amp;Active: offered when items are received</source>
        <translation>启用(&amp;A)：接收文件时可选此类型</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Own &amp;fields:</source>
        <translation>专用字段(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>ar::ui::LabelSheetDialog</name>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Label sheets and printer calibration</source>
        <translation>标签纸与打印机校准</translation>
    </message>
    <message>
        <source>e.g. 得力 A4 3×7</source>
        <translation>如 得力 A4 3×7</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Page (width × height):</source>
        <translation>纸张（宽 × 高）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Labels (columns × rows):</source>
        <translation>标签（列 × 行）(&amp;L)：</translation>
    </message>
    <message>
        <source>Label si&amp;ze (width × height):</source>
        <translation>标签尺寸（宽 × 高）(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Margin (left × top):</source>
        <translation>边距（左 × 上）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Gaps (across × down):</source>
        <translation>间距（横向 × 纵向）(&amp;G)：</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save sheet</source>
        <translation>保存标签纸(&amp;S)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Only sheets saved here can be removed; the presets stay</source>
        <translation>只能删除在此保存的标签纸，预设的不能删除</translation>
    </message>
    <message>
        <source>Label sheets</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>1. Choose the sheet above and print the calibration page on plain paper, with both offsets at 0.
2. Lay the page on a label sheet against the light. Each label's outline has a cross at its centre: measure in millimetres how far a cross lies from the centre of its label — to the right and downwards are positive, to the left and upwards negative.
3. Enter the two distances and save them for this printer. Print the page again: the crosses should now sit in the middle of the labels.</source>
        <translation>1. 在上方选中标签纸，两项偏移都设为 0，用普通纸打印校准页。
2. 把校准页叠在标签纸上对着光看。每个标签的外框中心有一个十字：用毫米量出十字离标签中心有多远——偏右、偏下为正数，偏左、偏上为负数。
3. 填入这两个距离，为这台打印机保存。再打印一次校准页：十字应落在标签正中。</translation>
    </message>
    <message>
        <source>Pr&amp;inter:</source>
        <translation>打印机(&amp;I)：</translation>
    </message>
    <message>
        <source>Printed too far &amp;right by:</source>
        <translation>向右偏出(&amp;R)：</translation>
    </message>
    <message>
        <source>Printed too far &amp;down by:</source>
        <translation>向下偏出(&amp;D)：</translation>
    </message>
    <message>
        <source>Save &amp;offset</source>
        <translation>保存偏移(&amp;O)</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>打印校准页(&amp;C)…</translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation>打印机校准</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1（预设）</translation>
    </message>
    <message>
        <source>Label sheet %1 saved.</source>
        <translation>标签纸 %1 已保存。</translation>
    </message>
    <message>
        <source>Remove label sheet</source>
        <translation>删除标签纸</translation>
    </message>
    <message>
        <source>Remove the label sheet %1?</source>
        <translation>删除标签纸 %1？</translation>
    </message>
    <message>
        <source>Saved for %1: labels are shifted %2 mm left and %3 mm up when printed there.</source>
        <translation>已为 %1 保存：用这台打印机打印标签时向左挪 %2 毫米、向上挪 %3 毫米。</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>保存校准页</translation>
    </message>
    <message>
        <source>calibration.pdf</source>
        <translation>校准页.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calibration page %1</source>
        <translation>校准页 %1</translation>
    </message>
    <message>
        <source>The calibration page could not be printed</source>
        <translation>校准页未能打印</translation>
    </message>
    <message>
        <source>Calibration page printed; measure the crosses and enter the shift.</source>
        <translation>校准页已打印；请量出十字的偏移并填入。</translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanActions</name>
    <message>
        <source>Borrow &amp;desk…</source>
        <translation>借还台(&amp;D)…</translation>
    </message>
    <message>
        <source>Borrow &amp;request…</source>
        <translation>借阅申请(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>借阅审批(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Overdue loans…</source>
        <translation>逾期未还(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Loans…</source>
        <translation>借阅记录(&amp;L)…</translation>
    </message>
    <message>
        <source>State organ's &amp;visit…</source>
        <translation>国家机关查阅登记(&amp;V)…</translation>
    </message>
    <message>
        <source>Cop&amp;y register (ZC-05)…</source>
        <translation>复制记录表(&amp;Y)（ZC-05）…</translation>
    </message>
    <message>
        <source>Da&amp;maged dossiers…</source>
        <translation>损坏档案(&amp;M)…</translation>
    </message>
    <message>
        <source>O&amp;wners' requests…</source>
        <translation>业主查阅更正申请(&amp;W)…</translation>
    </message>
    <message>
        <source>Load working-day &amp;calendar…</source>
        <translation>载入工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Loans to watch</source>
        <translation>借阅提醒</translation>
    </message>
    <message>
        <source>Visit of a state organ</source>
        <translation>国家机关查阅</translation>
    </message>
    <message>
        <source>Registered: %1 (%2) views %3 in the archive room, with the consent of %4. It can never be taken out.</source>
        <translation>已登记：%1（%2）经 %4 同意在档案室内查阅 %3，不得借出。</translation>
    </message>
    <message>
        <source>Load working-day calendar</source>
        <translation>载入工作日历</translation>
    </message>
    <message>
        <source>Calendar (*.txt *.json)</source>
        <translation>工作日历 (*.txt *.json)</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 loaded: %2 holidays and make-up working days.</source>
        <translation>已载入 %1 年：%2 个节假日和调休工作日。</translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanListDialog</name>
    <message>
        <source>Only &amp;mine</source>
        <translation>只看本人(&amp;M)</translation>
    </message>
    <message>
        <source>Ask for an &amp;extension…</source>
        <translation>申请续借(&amp;E)…</translation>
    </message>
    <message>
        <source>Report &amp;lost…</source>
        <translation>登记遗失(&amp;L)…</translation>
    </message>
    <message>
        <source>Record &amp;copies…</source>
        <translation>登记复制(&amp;C)…</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅记录</translation>
    </message>
    <message>
        <source>Extension of loan %1</source>
        <translation>借阅 %1 续借</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>新的应还日期：</translation>
    </message>
    <message>
        <source>Why is the dossier needed longer?</source>
        <translation>为什么需要延长借阅？</translation>
    </message>
    <message>
        <source>Loan %1: extension to %2 asked, waiting for %3</source>
        <translation>借阅 %1：已申请延期至 %2，等待 %3 审批</translation>
    </message>
    <message>
        <source>Loan %1 is now due %2</source>
        <translation>借阅 %1 的应还日期改为 %2</translation>
    </message>
    <message>
        <source>Loss of %1</source>
        <translation>%1 遗失</translation>
    </message>
    <message>
        <source>Written report: how and when the dossier was lost, who was told</source>
        <translation>书面报告：档案何时、如何遗失，已报告何人</translation>
    </message>
    <message>
        <source>%1 is recorded as lost; the report is kept in its history</source>
        <translation>%1 已登记为遗失，报告已存入其变更记录</translation>
    </message>
    <message>
        <source>%1: %2 sheets × %3 copied (pages %4), entered in the copy register (ZC-05)</source>
        <translation>%1：已复制 %2 张 × %3 份（第 %4 页），已记入复制记录表（ZC-05）</translation>
    </message>
    <message>
        <source>Record &amp;found…</source>
        <translation>登记找回(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 已找回</translation>
    </message>
    <message>
        <source>Where and how was the dossier found? In what state?</source>
        <translation>档案在何处、如何找到？状况如何？</translation>
    </message>
    <message>
        <source>%1 is found again and is %2; the note is kept in its history</source>
        <translation>%1 已找回，当前为“%2”；说明已保存在其变更记录中</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw request…</source>
        <translation>撤回申请(&amp;H)…</translation>
    </message>
    <message>
        <source>Withdraw the request for %1</source>
        <translation>撤回 %1 的借阅申请</translation>
    </message>
    <message>
        <source>Why is the request withdrawn? (may stay empty)</source>
        <translation>撤回原因（可不填）：</translation>
    </message>
    <message>
        <source>The request for %1 is withdrawn</source>
        <translation>%1 的借阅申请已撤回</translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanModel</name>
    <message>
        <source>, extension asked</source>
        <translation>，已申请续借</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanPanel</name>
    <message>
        <source>&amp;Update</source>
        <translation>刷新(&amp;U)</translation>
    </message>
    <message>
        <source>Overdue: %1   Lost: %2   Waiting for approval: %3   Damaged: %4</source>
        <translation>逾期：%1   遗失：%2   待审批：%3   待修复：%4</translation>
    </message>
    <message>
        <source>Overdue %1 days: %2 — %3 (%4), due %5</source>
        <translation>逾期 %1 天：%2 — %3（%4），应还 %5</translation>
    </message>
    <message>
        <source>Lost: %1 — %2: %3</source>
        <translation>遗失：%1 — %2：%3</translation>
    </message>
    <message>
        <source>Extension asked: %1 — %2</source>
        <translation>申请续借：%1 — %2</translation>
    </message>
    <message>
        <source>Waiting for approval: %1 — %2, %3</source>
        <translation>待审批：%1 — %2，%3</translation>
    </message>
    <message>
        <source>To repair: %1 — %2: %3</source>
        <translation>待修复：%1 — %2：%3</translation>
    </message>
    <message>
        <source>   Missing: %1</source>
        <translation>   缺失：%1</translation>
    </message>
    <message>
        <source>Missing since %1: %2 — %3</source>
        <translation>自 %1 起缺失：%2 — %3</translation>
    </message>
    <message>
        <source>Double-click to decide it in the approval inbox</source>
        <translation>双击在借阅审批中处理</translation>
    </message>
    <message>
        <source>Leases ending within 30 days: %1, already ended: %2 (Register → Leases ending soon)</source>
        <translation>租期 30 天内到期：%1 个，已过期：%2 个（登记 → 租期将到期）</translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanRequestDialog</name>
    <message>
        <source>Borrow request</source>
        <translation>借阅申请</translation>
    </message>
    <message>
        <source>archive no. (scan or type)</source>
        <translation>档号（扫描或输入）</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>for a copy: which pages, e.g. 1-3, 7</source>
        <translation>复制时填写页码，如 1-3, 7</translation>
    </message>
    <message>
        <source>&amp;Archive no.:</source>
        <translation>档号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Borrower:</source>
        <translation>借阅人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>Return:</source>
        <translation>归还：</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>页码(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>提交申请(&amp;S)</translation>
    </message>
    <message>
        <source>Borrow request %1</source>
        <translation>借阅申请 %1</translation>
    </message>
    <message>
        <source>Granted: %1. Due %2.</source>
        <translation>已准许：%1。应还日期 %2。</translation>
    </message>
    <message>
        <source>Registered; waiting for the approval of %1.</source>
        <translation>已登记，等待%1审批。</translation>
    </message>
    <message>
        <source>May be viewed in the archive room only: %1.</source>
        <translation>只能在档案室内查阅：%1。</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>不准：%1。</translation>
    </message>
    <message>
        <source>or the room, e.g. 3-2-1201, to choose among its dossiers</source>
        <translation>或填写房号（如 3-2-1201），从该房间的档案中选择</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>房间(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 has no dossiers</source>
        <translation>%1 没有档案</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) of %1: choose one</source>
        <translation>
            <numerusform>%1 有 %n 份档案，请选择</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ar::ui::LocationsDialog</name>
    <message>
        <source>Move the folder to…</source>
        <translation>将档案移至…</translation>
    </message>
    <message>
        <source>Archive rooms, cabinets, shelves and boxes</source>
        <translation>档案室、档案柜、层架和档案盒</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>档案数</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Folders are listed in shelf order: building, unit, room.</source>
        <translation>档案按上架顺序排列：楼座、单元、房号。</translation>
    </message>
    <message>
        <source>&amp;Add place…</source>
        <translation>添加位置(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>移至此处(&amp;M)</translation>
    </message>
    <message>
        <source>A box holds folders, not other places.</source>
        <translation>档案盒内只能存放档案，不能再设下级位置。</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>添加位置</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Name of the new %1 in %2:</source>
        <translation>%2 中新%1的名称：</translation>
    </message>
    <message>
        <source>Name of the new %1:</source>
        <translation>新%1的名称：</translation>
    </message>
    <message>
        <source>Mo&amp;ve selected folders…</source>
        <translation>移动所选档案(&amp;V)…</translation>
    </message>
    <message>
        <source>Folders without a place</source>
        <translation>未定位置的档案</translation>
    </message>
</context>
<context>
    <name>ar::ui::LockDialog</name>
    <message>
        <source>Locked — enter the password of %1 to continue</source>
        <translation>已锁定 — 输入 %1 的密码以继续</translation>
    </message>
</context>
<context>
    <name>ar::ui::MainWindow</name>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Search name, room, phone tail, archive no. — or scan a label</source>
        <translation>输入姓名、房号、电话尾号、档号查找，或扫描标签</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Estate</source>
        <translation>小区(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ArchiveRoom</source>
        <translation>关于档案室(&amp;A)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation>%1 的房间</translation>
    </message>
    <message>
        <source>People of room %1</source>
        <translation>房间 %1 的人员</translation>
    </message>
    <message>
        <source>Owners, tenants and household</source>
        <translation>业主、租户及家庭成员</translation>
    </message>
    <message>
        <source>%1 is not tied to a room</source>
        <translation>%1 未关联任何房间</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>About ArchiveRoom</source>
        <translation>关于档案室</translation>
    </message>
    <message>
        <source>ArchiveRoom %1
The archive room of a property-management company: estates, owners and tenants, their dossiers.</source>
        <translation>档案室 %1
物业公司档案管理：小区、业主与租户及其档案。</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>档案(&amp;D)</translation>
    </message>
    <message>
        <source>Change o&amp;wner…</source>
        <translation>业主变更(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation>借阅(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import owner roster…</source>
        <translation>导入业主名册(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport owner list…</source>
        <translation>导出业主名单(&amp;X)…</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主名单</translation>
    </message>
    <message>
        <source>Export the &amp;room list…</source>
        <translation>导出房间列表(&amp;R)…</translation>
    </message>
    <message>
        <source>Export the &amp;people of the room…</source>
        <translation>导出本房间人员(&amp;P)…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>房间人员</translation>
    </message>
    <message>
        <source>Export the &amp;dossier list…</source>
        <translation>导出档案目录(&amp;D)…</translation>
    </message>
    <message>
        <source>The dossiers of the building chosen in the tree, or of the whole estate, in shelf order</source>
        <translation>左侧所选楼栋（或整个小区）的全部档案，按上架顺序</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>档案目录</translation>
    </message>
    <message>
        <source>Dossiers of building %1</source>
        <translation>%1 栋档案目录</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ArchiveRoom.

Restart now? You will sign in again.</source>
        <translation>新的语言在下次启动档案室时生效。

现在重新启动吗？需要重新登录。</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — 只读</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This archive is open read-only (a copy, a backup disk or a file that cannot be written here): you can search, view and print, but nothing can be saved. Sign-ins and views are not recorded in it.</source>
        <translation>此档案以只读方式打开（复制件、备份盘或此处不能写入的文件）：可以搜索、查看和打印，但不能保存任何内容。登录和查看不会记录在其中。</translation>
    </message>
    <message>
        <source>%1 — trial archive</source>
        <translation>%1 — 试用档案库</translation>
    </message>
    <message>
        <source>Trial archive</source>
        <translation>试用档案库</translation>
    </message>
    <message>
        <source>Trial archive: the company, people and numbers in it are made up. Your real archive is not open; go back to it with File › Back to the real archive.</source>
        <translation>试用档案库：其中的公司、人员和号码均为虚构。正式档案库现在没有打开；要回到正式档案库，请选择“文件 › 返回正式档案库”。</translation>
    </message>
    <message>
        <source>Back to the real &amp;archive</source>
        <translation>返回正式档案库(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Trial archive (made-up data)</source>
        <translation>试用档案库（虚构数据）(&amp;T)</translation>
    </message>
    <message>
        <source>Close the trial archive and open the real one</source>
        <translation>关闭试用档案库，打开正式档案库</translation>
    </message>
    <message>
        <source>Open a separate archive with a made-up company to try things out</source>
        <translation>打开一个单独的、含虚构公司数据的档案库，用来试用</translation>
    </message>
    <message>
        <source>Export the te&amp;nant list…</source>
        <translation>导出租户名单(&amp;N)…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>the archive on this computer</source>
        <translation>本机的档案库</translation>
    </message>
    <message>
        <source>Archive on a server</source>
        <translation>服务器上的档案库</translation>
    </message>
    <message>
        <source>ArchiveRoom opens %1 from the next start.

Restart now? You will sign in again (and type the server's password again unless this computer keeps it).</source>
        <translation>下次启动时，档案室将打开 %1。

现在重新启动吗？需要重新登录（除非本机已保存服务器密码，否则还需再次输入）。</translation>
    </message>
    <message>
        <source>Archive on a ser&amp;ver…</source>
        <translation>服务器上的档案库(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ar::ui::MissingItemsDialog</name>
    <message>
        <source>Missing items</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼座(&amp;B)：</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼座</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>The first %1 folders with missing items, in shelf order; choose a building to see the rest.</source>
        <translation>按上架顺序显示前 %1 份缺件档案；选择楼座可查看其余档案。</translation>
    </message>
    <message>
        <source>%1 folders with %2 missing items.</source>
        <translation>共 %1 份档案，缺 %2 件材料。</translation>
    </message>
</context>
<context>
    <name>ar::ui::MoveByScanDialog</name>
    <message>
        <source>Move by &amp;scan…</source>
        <translation>扫码移库(&amp;S)…</translation>
    </message>
    <message>
        <source>Move by scan</source>
        <translation>扫码移库</translation>
    </message>
    <message>
        <source>scan a box or shelf label, then the folders or boxes, each with Enter</source>
        <translation>先扫描档案盒或层架标签，再逐一扫描案卷或档案盒，每次以回车结束</translation>
    </message>
    <message>
        <source>none yet: scan the label of a box or shelf</source>
        <translation>尚无：请扫描档案盒或层架的标签</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>放入：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Each move is saved as it happens. Scan the target again to end it.</source>
        <translation>每次移动即时保存。再次扫描当前目标可结束该目标。</translation>
    </message>
    <message>
        <source>Now moving into %1</source>
        <translation>现在放入 %1</translation>
    </message>
    <message>
        <source>No target: scan a box or shelf label</source>
        <translation>无目标：请扫描档案盒或层架标签</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(no place)</source>
        <translation>（无位置）</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（原在 %2）</translation>
    </message>
</context>
<context>
    <name>ar::ui::OccupantActions</name>
    <message>
        <source>Register &amp;owner…</source>
        <translation>登记业主(&amp;O)…</translation>
    </message>
    <message>
        <source>Register &amp;co-owner…</source>
        <translation>登记共有人(&amp;C)…</translation>
    </message>
    <message>
        <source>Register &amp;tenant…</source>
        <translation>登记租户(&amp;T)…</translation>
    </message>
    <message>
        <source>Register household &amp;member…</source>
        <translation>登记家庭成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Register entrusted &amp;agent…</source>
        <translation>登记委托代理人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>修改资料(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>变更记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Mo&amp;ve out…</source>
        <translation>迁出(&amp;V)…</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Moved out on:</source>
        <translation>迁出日期：</translation>
    </message>
    <message>
        <source>%1 (%2) no longer belongs to this room from %3. The record and its history stay.</source>
        <translation>%1（%2）自 %3 起不再属于本房间。其资料和变更记录仍予保留。</translation>
    </message>
    <message>
        <source>Show &amp;full details…</source>
        <translation>显示完整信息(&amp;F)…</translation>
    </message>
    <message>
        <source>Show full details</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <source>Saved: nothing was changed</source>
        <translation>已保存：未作修改</translation>
    </message>
    <message>
        <source>Saved; changed: %1</source>
        <translation>已保存；修改了：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ar::ui::OccupantModel</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>lease ended</source>
        <translation>租期已过</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租期</translation>
    </message>
</context>
<context>
    <name>ar::ui::OverdueDialog</name>
    <message>
        <source>Overdue loans</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <source>&amp;Print reminder slips…</source>
        <translation>打印催还单(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) overdue</source>
        <translation>
            <numerusform>%n 笔借阅逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ar::ui::OwnerChangeDialog</name>
    <message>
        <source>Change of owner — %1</source>
        <translation>业主变更 — %1</translation>
    </message>
    <message>
        <source>Owner changed &amp;on:</source>
        <translation>变更日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Change owner</source>
        <translation>办理变更(&amp;C)</translation>
    </message>
    <message>
        <source>%1 has no current owner; register the owner instead</source>
        <translation>%1 目前没有业主，请直接登记业主</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is the current owner of %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 是 %2 的现任业主。</translation>
    </message>
    <message>
        <source>There is no owner dossier on file for the room.</source>
        <translation>该房号尚无业主档案。</translation>
    </message>
    <message>
        <source>Their dossier &lt;b&gt;%1&lt;/b&gt; is closed on the day of the change and kept apart as a former owner's dossier; it may be destroyed from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>其档案 &lt;b&gt;%1&lt;/b&gt; 于变更之日结束，作为原业主档案单独保管，自 &lt;b&gt;%2&lt;/b&gt; 起可以销毁。</translation>
    </message>
    <message>
        <source>From that day %1 no longer owns the room. The new owner below is registered and gets a new dossier with a new archive number.</source>
        <translation>自该日起 %1 不再是此房业主。下面的新业主将被登记，并建立新档案、取得新档号。</translation>
    </message>
    <message>
        <source>%1 is now the owner of %2.</source>
        <translation>%1 现为 %2 的业主。</translation>
    </message>
    <message>
        <source>New dossier: %1</source>
        <translation>新档案：%1</translation>
    </message>
    <message>
        <source>Former owner's dossier: %1, may be destroyed from %2</source>
        <translation>原业主档案：%1，自 %2 起可以销毁</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>请注意：</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>业主已变更</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation>业主变更</translation>
    </message>
</context>
<context>
    <name>ar::ui::OwnerRequestForm</name>
    <message>
        <source>An owner's request</source>
        <translation>业主申请</translation>
    </message>
    <message>
        <source>archive no. of the owner's or tenant's dossier</source>
        <translation>业主或租户档案的档号</translation>
    </message>
    <message>
        <source>&amp;Archive no.:</source>
        <translation>档号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>申请事项(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation>申请内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ar::ui::OwnerRequestsDialog</name>
    <message>
        <source>Owners' requests</source>
        <translation>业主查阅、更正、复制申请</translation>
    </message>
    <message>
        <source>An owner or tenant asks to view, correct or copy their own record: register what was asked and, once handled, the answer given.</source>
        <translation>业主或租户申请查阅、更正或复制本人档案：登记申请内容，办理后登记答复。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Show &amp;answered ones too</source>
        <translation>同时显示已答复的(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>登记(&amp;G)…</translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation>答复(&amp;N)…</translation>
    </message>
    <message>
        <source>Request %1 registered for %2</source>
        <translation>申请 %1 已登记（%2）</translation>
    </message>
    <message>
        <source>Owner request %1</source>
        <translation>业主申请 %1</translation>
    </message>
    <message>
        <source>The answer given to the owner (what was shown, corrected or copied):</source>
        <translation>给业主的答复（查阅、更正或复制了什么）：</translation>
    </message>
    <message>
        <source>Request %1 answered</source>
        <translation>申请 %1 已答复</translation>
    </message>
</context>
<context>
    <name>ar::ui::PersonDetailsDialog</name>
    <message>
        <source>Full details — %1</source>
        <translation>完整信息 — %1</translation>
    </message>
    <message>
        <source>Full details of %1</source>
        <translation>%1 的完整信息</translation>
    </message>
    <message>
        <source> (old 15-digit number)</source>
        <translation>（15 位旧号码）</translation>
    </message>
    <message>
        <source>Shown for: %1. This view is recorded in the audit trail; close the window when done.</source>
        <translation>查看原因：%1。本次查看已记入审计日志，用完请关闭窗口。</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
</context>
<context>
    <name>ar::ui::PersonForm</name>
    <message>
        <source>Date filled in: %1</source>
        <translation>填写日期：%1</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of the form header</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Anything the form does not cover</source>
        <translation>表中未涉及的其他情况</translation>
    </message>
    <message>
        <source>Building %1 unit %2 room %3</source>
        <translation>%1 座 %2 单元 %3 号</translation>
    </message>
    <message>
        <source>Owner record form</source>
        <translation>业主档案表</translation>
    </message>
    <message>
        <source>Owner's signature:</source>
        <translation>业主签名：</translation>
    </message>
    <message>
        <source>Co-owner record form</source>
        <translation>业主档案表（共有人）</translation>
    </message>
    <message>
        <source>Tenant record form</source>
        <translation>租户档案表</translation>
    </message>
    <message>
        <source>Tenant's signature:</source>
        <translation>租户签名：</translation>
    </message>
    <message>
        <source>Household member record form</source>
        <translation>家庭成员登记表</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>本人签名：</translation>
    </message>
    <message>
        <source>Entrusted agent record form</source>
        <translation>委托代理人登记表</translation>
    </message>
    <message>
        <source>Correct %1 — %2</source>
        <translation>更正%1 — %2</translation>
    </message>
    <message>
        <source>Register %1 — %2</source>
        <translation>登记%1 — %2</translation>
    </message>
    <message>
        <source>Taken from the ID number</source>
        <translation>根据身份证号自动填写</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 is registered as %2 of %3.</source>
        <translation>已将%1登记为 %3 的%2。</translation>
    </message>
    <message>
        <source>Dossier opened with archive number %1.</source>
        <translation>已建立档案，档号 %1。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The changes are saved. Please note:</source>
        <translation>修改已保存。请注意：</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Stored values of this person are damaged and cannot be read: %1. They are shown empty; enter them anew, or restore the archive from a backup.</source>
        <translation>此人员的以下存储数据已损坏，无法读取：%1。这些项显示为空，请重新录入，或从备份恢复档案。</translation>
    </message>
    <message>
        <source>Add a household &amp;member…</source>
        <translation>登记家庭成员(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Print the tenant form…</source>
        <translation>打印租户档案表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print the owner form…</source>
        <translation>打印业主档案表(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the spine &amp;label…</source>
        <translation>打印书脊标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Register &amp;another…</source>
        <translation>再登记一户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;full values…</source>
        <translation>显示完整信息(&amp;F)…</translation>
    </message>
    <message>
        <source>The ID number, phones and the other masked values in full, to correct them; you give the reason once and it is recorded</source>
        <translation>显示完整的证件号码、电话等遮蔽项目以便更正；只需写明一次原因，并记入审计日志</translation>
    </message>
    <message>
        <source>Show full values</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <source>Why are the full values needed? (recorded in the audit trail)</source>
        <translation>为什么需要查看完整信息？（记入审计日志）</translation>
    </message>
    <message>
        <source>The full values are shown; the view is recorded.</source>
        <translation>已显示完整信息；本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Name of the contact person</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Lease term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Tick when the lease term is known</source>
        <translation>租期已知时勾选</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
</context>
<context>
    <name>ar::ui::PhoneListEdit</name>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或座机</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>删除此电话号码</translation>
    </message>
</context>
<context>
    <name>ar::ui::PrintActions</name>
    <message>
        <source>&amp;Owner record form…</source>
        <translation>业主档案表(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Tenant record form…</source>
        <translation>租户档案表(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Dossier contents list…</source>
        <translation>卷内目录(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Catalog of filed documents…</source>
        <translation>归档文件目录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Borrowing register…</source>
        <translation>档案借阅登记表(&amp;B)…</translation>
    </message>
    <message>
        <source>Borrowing and cop&amp;ying record ZC-05…</source>
        <translation>资料文件借阅、复制记录表 ZC-05(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Spine labels…</source>
        <translation>脊背标签(&amp;S)…</translation>
    </message>
    <message>
        <source>Blank o&amp;wner form…</source>
        <translation>空白业主档案表(&amp;W)…</translation>
    </message>
    <message>
        <source>Blank te&amp;nant form…</source>
        <translation>空白租户档案表(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Label sheets and printer calibration…</source>
        <translation>标签纸与打印机校准(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ar::ui::PrintDialog</name>
    <message>
        <source>Print: %1, blank</source>
        <translation>打印：%1（空白）</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>打印：%1</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>打印范围</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Show the form with the choices made on the left</source>
        <translation>按左侧的选择生成预览</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation>小区(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼座(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <source>B-U-R, e.g. 3-2-1201</source>
        <translation>楼座-单元-房号，如 3-2-1201</translation>
    </message>
    <message>
        <source>One room; it takes precedence over building and unit</source>
        <translation>一个房间；填写后不再按楼座和单元打印</translation>
    </message>
    <message>
        <source>&amp;From room:</source>
        <translation>起始房号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房号(&amp;R)：</translation>
    </message>
    <message>
        <source>B-U-R; empty for one room</source>
        <translation>楼座-单元-房号；只打一个房间时留空</translation>
    </message>
    <message>
        <source>The labels of the rooms from the first to this one, in shelf order</source>
        <translation>按上架顺序打印从起始房号到此房号的标签</translation>
    </message>
    <message>
        <source>&amp;To room:</source>
        <translation>结束房号(&amp;T)：</translation>
    </message>
    <message>
        <source>Archive no., or scan a label</source>
        <translation>档号，或扫描脊背标签</translation>
    </message>
    <message>
        <source>&amp;Dossier (archive no.):</source>
        <translation>档号(&amp;D)：</translation>
    </message>
    <message>
        <source>档案室/A柜/3层/盒01</source>
        <translation>档案室/A柜/3层/盒01</translation>
    </message>
    <message>
        <source>The catalog of one box or shelf: its place; building and unit are then ignored</source>
        <translation>一个档案盒或层架的目录：填写其位置；此时不按楼座和单元</translation>
    </message>
    <message>
        <source>Bo&amp;x or shelf:</source>
        <translation>档案盒或层架(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Label s&amp;heet:</source>
        <translation>标签纸(&amp;H)：</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>码制(&amp;C)：</translation>
    </message>
    <message>
        <source> labels</source>
        <translation> 个标签</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet: printing starts after them</source>
        <translation>第一张标签纸上已用掉的标签数：从其后的空位开始打印</translation>
    </message>
    <message>
        <source>S&amp;kip:</source>
        <translation>跳过(&amp;K)：</translation>
    </message>
    <message>
        <source>Print the &amp;full values (ID numbers, phones, addresses)</source>
        <translation>打印完整信息（证件号、电话、地址）(&amp;F)</translation>
    </message>
    <message>
        <source>Recorded in the audit trail with the reason</source>
        <translation>连同原因记入审计日志</translation>
    </message>
    <message>
        <source>e.g. proof of ownership</source>
        <translation>如 办理产权证明</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>原因(&amp;A)：</translation>
    </message>
    <message>
        <source>(all buildings)</source>
        <translation>（全部楼座）</translation>
    </message>
    <message>
        <source>(all units)</source>
        <translation>（全部单元）</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4 × %5 mm)</source>
        <translation>%1（%2 × %3，%4 × %5 毫米）</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼座</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>To room</source>
        <translation>结束房号</translation>
    </message>
    <message>
        <source>Dossier (archive no.)</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Box or shelf</source>
        <translation>档案盒或层架</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>门类</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>Code on the label</source>
        <translation>标签上的码</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>The choices have changed: press Preview to see the form again.</source>
        <translation>选择已更改：请点“预览”重新生成。</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n page(s)</source>
        <translation>
            <numerusform>%1
共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive values are masked.</source>
        <translation>敏感信息已遮蔽。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n page(s).</source>
        <translation>
            <numerusform>已发送到 %1：%n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation>%1 所在的文件夹不存在</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n page(s).</source>
        <translation>
            <numerusform>已保存 %1：%n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Code 128 (every scanner reads it)</source>
        <translation>条形码 Code 128（各种扫描枪均可读取）</translation>
    </message>
</context>
<context>
    <name>ar::ui::ReceiveItemDialog</name>
    <message>
        <source>Receive an item for %1</source>
        <translation>为 %1 登记收件</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺件）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>材料类别(&amp;K)：</translation>
    </message>
    <message>
        <source>as the kind, unless given</source>
        <translation>不填则与材料类别相同</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>题名(&amp;T)：</translation>
    </message>
    <message>
        <source>Document &amp;no.:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任者(&amp;R)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation>文件日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>页数(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation>收件日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Fields of this kind</source>
        <translation>该类别的字段</translation>
    </message>
    <message>
        <source>Scanned pages (images or PDF)</source>
        <translation>扫描页（图片或 PDF）</translation>
    </message>
    <message>
        <source>&amp;Add scans…</source>
        <translation>添加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;File at once (the folder is complete for this item)</source>
        <translation>立即归档（本件材料已齐全）(&amp;F)</translation>
    </message>
    <message>
        <source>The archive clerk files it; it waits in the filing queue</source>
        <translation>由资料管理员归档；在此之前进入归档队列等候</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>收件(&amp;R)</translation>
    </message>
    <message>
        <source>This kind has no fields of its own.</source>
        <translation>该类别没有专用字段。</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>扫描页</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
</context>
<context>
    <name>ar::ui::ReconciliationDialog</name>
    <message>
        <source>&amp;Reconciliation…</source>
        <translation>盘点(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>开始盘点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>移至此处(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>结束盘点(&amp;F)…</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>报告存为 &amp;PDF…</translation>
    </message>
    <message>
        <source>Report as E&amp;xcel…</source>
        <translation>报告存为 E&amp;xcel…</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>The whole archive</source>
        <translation>整个档案室</translation>
    </message>
    <message>
        <source>scan the spine label or type the archive no., then Enter</source>
        <translation>扫描脊背标签或输入档号，然后按回车</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Place / remarks</source>
        <translation>位置 / 备注</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>批次(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>扫描(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2，%3（%4）</translation>
    </message>
    <message>
        <source>the whole archive</source>
        <translation>整个档案室</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Session %1 is open: scan the folders.</source>
        <translation>盘点批次 %1 进行中：请扫描案卷。</translation>
    </message>
    <message>
        <source>Session %1 is finished and can only be read.</source>
        <translation>盘点批次 %1 已结束，只能查看。</translation>
    </message>
    <message>
        <source>Choose the range and start a session, or pick an open one to resume.</source>
        <translation>请选择范围并开始盘点，或选择一个进行中的批次继续。</translation>
    </message>
    <message numerus="yes">
        <source>Session %1 started: %n folder(s) expected. Scan them now.</source>
        <translation>
            <numerusform>盘点批次 %1 已开始：应在 %n 卷。请开始扫描。</numerusform>
        </translation>
    </message>
    <message>
        <source>missing since %1: found</source>
        <translation>自 %1 起缺失：已找到</translation>
    </message>
    <message>
        <source>Start a session or pick an open one first.</source>
        <translation>请先开始盘点或选择一个进行中的批次。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>it belongs at %1 (Move here puts it on this shelf)</source>
        <translation>应在 %1（“移至此处”可将其放到本架）</translation>
    </message>
    <message>
        <source>Expected %1 · in place %2 · misplaced %3 · on loan %4 · %5 %6 · unknown %7</source>
        <translation>应在 %1 · 在架 %2 · 错架 %3 · 借出 %4 · %5 %6 · 未知 %7</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>尚未扫描</translation>
    </message>
    <message>
        <source>moved here</source>
        <translation>已移至此处</translation>
    </message>
    <message>
        <source>%1 moved into this session's place</source>
        <translation>%1 已移至本次盘点的位置</translation>
    </message>
    <message>
        <source>Finish the reconciliation</source>
        <translation>结束盘点</translation>
    </message>
    <message numerus="yes">
        <source>Finish session %1? The %n folder(s) not scanned and not on loan will be recorded as missing, and the session can no longer be changed.</source>
        <translation>
            <numerusform>结束盘点批次 %1？未扫描且未借出的 %n 卷将登记为缺失，批次此后不能再更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation finished</source>
        <translation>盘点已结束</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>没有缺失。</translation>
    </message>
    <message>
        <source>Missing (%1):
%2</source>
        <translation>缺失（%1）：
%2</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告存为 PDF</translation>
    </message>
    <message>
        <source>reconciliation-%1.pdf</source>
        <translation>盘点报告-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n page(s)</source>
        <translation>
            <numerusform>已写入 %1：共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as Excel</source>
        <translation>将报告存为 Excel</translation>
    </message>
    <message>
        <source>reconciliation-%1.xlsx</source>
        <translation>盘点报告-%1.xlsx</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>ar::ui::RecoverDialog</name>
    <message>
        <source>Set &amp;new password</source>
        <translation>设置新密码(&amp;N)</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice</source>
        <translation>两次输入的新密码不一致，请输入相同的密码</translation>
    </message>
    <message>
        <source>The password of %1 is set. Sign in with the new password.</source>
        <translation>%1 的新密码已设置，请用新密码登录。</translation>
    </message>
</context>
<context>
    <name>ar::ui::RecoveryKeyDialog</name>
    <message>
        <source>Archive: %1</source>
        <translation>档案库：%1</translation>
    </message>
    <message>
        <source>ArchiveRoom — recovery key</source>
        <translation>档案室 — 恢复密钥</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>If the password of every administrator is lost, this key sets a new password for any account ("Forgot password…" in the sign-in window).</source>
        <translation>如果所有系统管理员的密码都遗失，可凭此密钥为任何账号设置新密码（登录窗口中的“忘记密码…”）。</translation>
    </message>
    <message>
        <source>Whoever holds this key can open the archive. Keep it sealed and locked away, apart from the computer.</source>
        <translation>持有此密钥的人即可打开档案库。请密封后锁存，不要与电脑放在一起。</translation>
    </message>
    <message>
        <source>Kept by: ____________    Date: ____________</source>
        <translation>保管人：____________    日期：____________</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
</context>
<context>
    <name>ar::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password — %1</source>
        <translation>重置密码 — %1</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Any lockout ends. Tell the user the new password in person and ask them to change it.</source>
        <translation>为 %1（%2）设置新密码，账号锁定随之解除。请当面告知本人新密码，并请其登录后修改。</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice</source>
        <translation>两次输入的密码不一致，请输入相同的密码</translation>
    </message>
</context>
<context>
    <name>ar::ui::RestoreDialog</name>
    <message>
        <source>&amp;Switch to the restored archive (the current one is kept as it is)</source>
        <translation>切换到恢复的档案(&amp;S)（当前档案保持不变）</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>instead of a password: XXXX-XXXX-…</source>
        <translation>代替密码：XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>The backup is checked completely and written into a new archive file; the archive in use is never overwritten. An administrator's password of the time of the backup, or the recovery key, opens it.</source>
        <translation>备份经完整检查后写入一个新的档案文件，绝不覆盖正在使用的档案。用备份时系统管理员的密码或恢复密钥打开。</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>备份(&amp;B)：</translation>
    </message>
    <message>
        <source>ArchiveRoom backups (*.arbackup)</source>
        <translation>档案室备份 (*.arbackup)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>or recovery &amp;key:</source>
        <translation>或恢复密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>New &amp;archive file:</source>
        <translation>新档案文件(&amp;A)：</translation>
    </message>
    <message>
        <source>New archive file</source>
        <translation>新档案文件</translation>
    </message>
    <message>
        <source>ArchiveRoom archives (*.db)</source>
        <translation>档案室档案 (*.db)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Made %1 by %2: %3 persons, %4 dossiers, %5 scans</source>
        <translation>%1 由 %2 制作：%3 名人员、%4 份档案、%5 个扫描件</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>The backup is read completely, as a restore would read it: every part against its checksum, the database and its audit trail. Nothing is written. The password of an account of the time of the backup, or the recovery key, opens it.</source>
        <translation>像恢复时一样完整读取备份：逐项核对校验值，检查数据库和审计日志链，不写出任何文件。用备份时某个账号的密码或恢复密钥打开。</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ar::ui::RoomDialog</name>
    <message>
        <source>e.g. 1201</source>
        <translation>如 1201</translation>
    </message>
</context>
<context>
    <name>ar::ui::RoomGridDialog</name>
    <message>
        <source>The last floor is below the first.</source>
        <translation>结束楼层低于起始楼层。</translation>
    </message>
    <message>
        <source>%1 rooms: %2 … %3</source>
        <translation>共 %1 个房间：%2 … %3</translation>
    </message>
    <message>
        <source>Add rooms to %1</source>
        <translation>向 %1 批量添加房间</translation>
    </message>
</context>
<context>
    <name>ar::ui::RoomTableModel</name>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>The tenant's lease has ended</source>
        <translation>租户的租期已过</translation>
    </message>
    <message>
        <source>lease ended</source>
        <translation>租期已过</translation>
    </message>
</context>
<context>
    <name>ar::ui::SearchController</name>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
</context>
<context>
    <name>ar::ui::SearchResultModel</name>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role / estate</source>
        <translation>身份／小区</translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation>档号</translation>
    </message>
</context>
<context>
    <name>ar::ui::SelfInspectionView</name>
    <message>
        <source>&lt;b&gt;The archive at a glance&lt;/b&gt;</source>
        <translation>&lt;b&gt;档案概况&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Print the monthly sheet…</source>
        <translation>打印月度自查表…</translation>
    </message>
    <message>
        <source>Open the list: %1</source>
        <translation>打开清单：%1</translation>
    </message>
    <message>
        <source>Reconciliation of %1: %2 (%3 of %4 sessions finished, %5 places not reconciled)</source>
        <translation>%1 盘点：%2（已结束 %3 批，共 %4 批；未盘点位置 %5 处）</translation>
    </message>
    <message>
        <source>Last backup: %1 hours ago</source>
        <translation>最近备份：%1 小时前</translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation>最近备份：无</translation>
    </message>
    <message>
        <source>Monthly self-&amp;inspection sheet…</source>
        <translation>档案管理月度自查表(&amp;I)…</translation>
    </message>
    <message>
        <source>Monthly self-inspection sheet</source>
        <translation>档案管理月度自查表</translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
        <source>Month %1: write the month as YYYY-MM</source>
        <translation>月份 %1：请写成 YYYY-MM</translation>
    </message>
    <message>
        <source>self-inspection-%1.pdf</source>
        <translation>自查表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>自查</translation>
    </message>
</context>
<context>
    <name>ar::ui::ServerDialog</name>
    <message>
        <source>Archive on a server</source>
        <translation>服务器上的档案库</translation>
    </message>
    <message>
        <source>When several computers work on one archive, it lives on a PostgreSQL server. The office IT person sets the server up and gives you the details below. Leave the password empty if it is kept on this computer (~/.pgpass); a password typed here is used until ArchiveRoom is closed and never saved.</source>
        <translation>多台电脑共用一个档案库时，档案库放在 PostgreSQL 服务器上。服务器由公司的信息技术人员设置，并告诉您下面各项内容。如果本机已保存密码（~/.pgpass），密码一栏可以不填；在这里输入的密码只在本次运行中使用，关闭档案室后即失效，不会保存。</translation>
    </message>
    <message>
        <source>e.g. archive-server or 192.168.1.20</source>
        <translation>例如 archive-server 或 192.168.1.20</translation>
    </message>
    <message>
        <source>e.g. archive</source>
        <translation>例如 archive</translation>
    </message>
    <message>
        <source>empty: this computer's login name</source>
        <translation>不填则使用本机的登录名</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, server's certificate checked</source>
        <translation>加密并核验服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>不加密（仅限本机）</translation>
    </message>
    <message>
        <source>the certificate authority's file, for a checked certificate</source>
        <translation>核验证书时所需的证书颁发机构文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Archive on this computer</source>
        <translation>本机的档案库</translation>
    </message>
    <message>
        <source>Give the server's name or address</source>
        <translation>请填写服务器的名称或地址</translation>
    </message>
    <message>
        <source>A checked certificate needs the file of the certificate authority that signed it</source>
        <translation>核验证书需要签发该证书的证书颁发机构文件</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ar::ui::SignInDialog</name>
    <message>
        <source>ArchiveRoom</source>
        <translation>档案室管理系统</translation>
    </message>
</context>
<context>
    <name>ar::ui::UnmaskReasonDialog</name>
    <message>
        <source>The full ID number, phones and addresses of %1 are shown only for a reason. The reason, your name and the time are recorded in the audit trail.</source>
        <translation>须填写查看原因才能显示 %1 的完整证件号、电话和地址。查看原因、查看人和时间将记入审计日志。</translation>
    </message>
    <message>
        <source>Identity check at the desk</source>
        <translation>前台核对身份</translation>
    </message>
    <message>
        <source>Transfer of ownership</source>
        <translation>办理过户</translation>
    </message>
    <message>
        <source>Urgent contact with the occupant</source>
        <translation>紧急联系住户</translation>
    </message>
    <message>
        <source>Request of a state organ (police, procuratorate, court)</source>
        <translation>国家机关查询（公安、检察院、法院）</translation>
    </message>
    <message>
        <source>choose or type the reason</source>
        <translation>选择或输入查看原因</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ar::ui::UserAdminDialog</name>
    <message>
        <source> attempts</source>
        <translation> 次</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>%1 (%2) has a new password and can sign in with it.</source>
        <translation>%1（%2）的密码已重置，可以用新密码登录。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>A locked account can sign in again after the lockout, or at once after the administrator resets its password. The idle lock covers the open windows and keeps what was typed into them; 0 turns it off. New passwords need the minimum length and may not be a common password; passwords set earlier keep working.</source>
        <translation>被锁定的账号在锁定时长过后可再次登录；系统管理员重置其密码后可立即登录。自动锁定时会遮盖已打开的窗口并保留其中已输入的内容；设为 0 则不自动锁定。新密码须达到最短长度且不能是常见密码；此前设置的密码照常可用。</translation>
    </message>
</context>
<context>
    <name>ar::ui::UserEditDialog</name>
    <message>
        <source>New account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <source>Tell the new user the initial password in person; they can change it under "Account › Change password…".</source>
        <translation>请当面告知新用户初始密码；本人可在“账号 › 修改密码…”中修改。</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>Accounts are never deleted, only disabled: the audit trail keeps naming them. A disabled account cannot sign in.</source>
        <translation>账号不会被删除，只能停用，以便审计日志始终能对应到人。停用的账号不能登录。</translation>
    </message>
    <message>
        <source>choose or type</source>
        <translation>选择或输入</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice</source>
        <translation>两次输入的密码不一致，请输入相同的密码</translation>
    </message>
</context>
<context>
    <name>ar::ui::UserModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This account's key is still of the form written before keys were given by role: with a copy of the archive file, its password opens the full ID numbers and phones. It is rewritten when the account signs in, or at once when you reset its password.</source>
        <translation>该账号的密钥仍是按角色分配密钥之前的旧格式：有人拿到档案库文件的副本时，用它的密码可以解开完整的证件号和电话。该账号登录一次后会自动改写；重置密码可立即改写。</translation>
    </message>
    <message>
        <source>Active — older key: reset the password</source>
        <translation>启用 — 旧格式密钥：请重置密码</translation>
    </message>
</context>
<context>
    <name>ar::ui::ViolationsDialog</name>
    <message>
        <source>&amp;Violations…</source>
        <translation>违规处理(&amp;V)…</translation>
    </message>
    <message>
        <source>Violations and measures</source>
        <translation>违规与处理</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>违规人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>违规事实</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Loan / dossier</source>
        <translation>借阅 / 档案</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>&amp;Record a violation…</source>
        <translation>登记违规(&amp;R)…</translation>
    </message>
    <message>
        <source>Violations are recorded with the measure taken by the department managers and company leaders; they cannot be changed afterwards.</source>
        <translation>违规及处理措施由部门经理和公司领导登记，登记后不能更改。</translation>
    </message>
    <message>
        <source> %1 yuan</source>
        <translation> %1 元</translation>
    </message>
    <message>
        <source>loan %1</source>
        <translation>借阅 %1</translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation>登记违规</translation>
    </message>
    <message>
        <source>unauthorised lending, a leak, a lost dossier, late return …</source>
        <translation>擅自外借、泄密、遗失档案、逾期不还……</translation>
    </message>
    <message>
        <source>yuan, for a fine (e.g. 100 or 300)</source>
        <translation>元，罚款时填写（例如 100 或 300）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>违规人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>违规事实(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>处理措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Loan no.:</source>
        <translation>借阅编号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Dossier (archive no.):</source>
        <translation>档案（档号）(&amp;D)：</translation>
    </message>
    <message>
        <source>Violation %1 recorded: %2, %3</source>
        <translation>已登记违规 %1：%2，%3</translation>
    </message>
</context>
<context>
    <name>ar::ui::VisitDialog</name>
    <message>
        <source>Visit of a state organ</source>
        <translation>国家机关查阅</translation>
    </message>
    <message>
        <source>archive no. (scan or type)</source>
        <translation>档号（扫描或输入）</translation>
    </message>
    <message>
        <source>e.g. a public security bureau, a court</source>
        <translation>例如公安机关、人民法院</translation>
    </message>
    <message>
        <source>kind and number of the officer's credential</source>
        <translation>执法人员证件的种类和号码</translation>
    </message>
    <message>
        <source>what is looked at and why</source>
        <translation>查阅内容及事由</translation>
    </message>
    <message>
        <source>The officer looks at the dossier in the archive room only; it is never taken out. A company leader or the head of the owning department consents.</source>
        <translation>执法人员只能在档案室内查阅，档案不得借出，须经公司领导或档案所属部门负责人同意。</translation>
    </message>
    <message>
        <source>&amp;Archive no.:</source>
        <translation>档号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>机关(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>执法人员(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>证件(&amp;C)：</translation>
    </message>
    <message>
        <source>Consent &amp;given by:</source>
        <translation>同意人(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
</TS>