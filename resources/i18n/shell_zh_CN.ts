<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <source>DealerDesk backs up the database once a day at start and when you close it, and keeps the last 7 days, 5 weeks and 12 months. Keep a copy away from this PC, e.g. on a USB stick.</source>
        <translation>每天第一次启动和每次关闭程序时都会自动备份数据，保留最近 7 天、5 周和 12 个月的备份。建议另存一份到别处，例如U盘。</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>恢复默认文件夹</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Backup folder: {}</source>
        <translation>备份文件夹：{}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The backup could not be made: {}</source>
        <translation>未能完成备份：{}</translation>
    </message>
    <message>
        <source>Backup made: {}</source>
        <translation>已备份：{}</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>{} is not a folder.</source>
        <translation>{} 不是文件夹。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the current database by the backup {}?

Everything entered after that backup was made will no longer be shown. The current file is kept aside, not deleted.</source>
        <translation>确定用备份 {} 替换当前数据吗？

该备份之后录入的内容将不再显示。当前的数据文件会另外保留，不会删除。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>The backup was not restored and your data is unchanged: {}</source>
        <translation>备份未恢复，您的数据没有任何改动：{}</translation>
    </message>
    <message>
        <source>The backup {} is now in use.</source>
        <translation>备份 {} 已启用。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was not restored and the server's data is unchanged: {}</source>
        <translation>备份没有恢复，服务器上的数据未作任何更改：{}</translation>
    </message>
    <message>
        <source>Restore a backup to the shop's server</source>
        <translation>把备份恢复到店里的服务器</translation>
    </message>
    <message>
        <source>Write the backup {name} back to the shop's server?

This replaces the server's data for every PC that works on it: the backup holds {backup} customers, the server holds {server} customers now. Everything entered on any PC after that backup was made will no longer be shown.

A backup of the server is made first; the other PCs reload when the restore is done.</source>
        <translation>把备份 {name} 写回店里的服务器吗？

这会替换服务器上的数据，所有连接这台服务器的电脑都会受影响：备份中有 {backup} 位客户，服务器上现在有 {server} 位客户。该备份之后在任何电脑上录入的内容都将不再显示。

恢复前会先备份服务器；恢复完成后，其他电脑会重新读取数据。</translation>
    </message>
    <message>
        <source>Backing up the server, then writing {} back to it…</source>
        <translation>正在备份服务器，然后把 {} 写回服务器…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup was restored, but the server could not be opened again: {}</source>
        <translation>备份已恢复，但无法重新打开服务器：{}</translation>
    </message>
    <message>
        <source>The backup {name} is now on the shop's server, for every PC ({customers} customers).

The server's data from before was backed up as:
{kept}</source>
        <translation>备份 {name} 已恢复到店里的服务器，所有电脑通用（{customers} 位客户）。

服务器原来的数据已备份为：
{kept}</translation>
    </message>
    <message>
        <source>The backup {} is now in use.

The previous file was kept as:
{}</source>
        <translation>现在使用的是备份 {}。

原来的数据文件已保留为：
{}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2026-03-05</source>
        <translation>如 2026-03-05</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language of menus, screens, printouts and exports.</source>
        <translation>菜单、界面、打印和导出所用的语言。</translation>
    </message>
    <message>
        <source>Follow the system ({})</source>
        <translation>跟随系统（{}）</translation>
    </message>
    <message>
        <source>The switch takes effect at once. Should a window still show the old language, it changes at the next start.</source>
        <translation>切换立即生效。如有窗口仍显示原来的语言，下次启动时会更新。</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <source>Customer levels</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <source>Levels say how soon a customer will buy. Rename them to the words your shop uses; leave a field empty to keep the standard label shown in grey.</source>
        <translation>级别表示客户多快会购车。可以改成本店习惯的叫法；留空则使用灰色显示的标准名称。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Another person is working at this PC</source>
        <translation>换一位同事使用这台电脑</translation>
    </message>
    <message>
        <source>The shop's server cannot be reached: nothing can be saved until it is back. Trying again every few seconds...</source>
        <translation>连接不上店里的服务器：恢复之前无法保存。每隔几秒自动重试……</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation>车商客户管家</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>10k yuan (万元)</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Choose a PIN of 4 to 8 digits that only you know.</source>
        <translation>请设置一个只有您知道的 4 到 8 位数字密码。</translation>
    </message>
    <message>
        <source>No PIN is set in this shop: anyone at this PC can work under any name. The owner can set a PIN with "My PIN" at the top right.</source>
        <translation>本店尚未设置密码：这台电脑前的任何人都可以用任何名字操作。老板可以点右上角的“我的密码”设置密码。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Choose your name. What you change is recorded under it.</source>
        <translation>请选择您的姓名，您所做的修改都会记录在这个名字下。</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Welcome to DealerDesk. Please enter your name: it is recorded with every customer and follow-up you enter. You can add your colleagues later in Settings.</source>
        <translation>欢迎使用车商客户管家。请输入您的姓名，您录入的每位客户和每条跟进都会记录这个名字。同事可以稍后在“设置”中添加。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>e.g. 王经理</source>
        <translation>如 王经理</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>My PIN</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <source>You will be the owner: you sign in with this PIN and have every right; your colleagues sign in as salespeople and choose their own PIN at their next sign-in.</source>
        <translation>您将成为老板：用这个密码登录并拥有全部权限；同事们下次登录时以业务员身份登录，并设置自己的密码。</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits that only you know.</source>
        <translation>只有您知道的 4 到 8 位数字密码。</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>再输一次密码</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Type at least 4 digits to search phone numbers</source>
        <translation>按电话号码搜索请至少输入 4 位数字</translation>
    </message>
    <message>
        <source>No customer matches "{}"</source>
        <translation>没有找到与“{}”匹配的客户</translation>
    </message>
    <message>
        <source>matched by {}</source>
        <translation>按{}匹配</translation>
    </message>
    <message>
        <source>Search: name, pinyin (zs), phone, plate, card  (Ctrl+F)</source>
        <translation>搜索：姓名、拼音首字母(zs)、电话、车牌、卡号  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop</source>
        <translation>门店信息</translation>
    </message>
    <message>
        <source>Printed at the top of every profile, call list and membership card.</source>
        <translation>会打印在每份客户档案、回访清单和会员卡的顶部。</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>e.g. 诚信二手车行</source>
        <translation>如 诚信二手车行</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Choose the shop's logo</source>
        <translation>选择门店标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Missing file</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>未设置标志</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Everyone who works with customers. Someone who leaves is marked as left: their customers and history stay.</source>
        <translation>所有接待和服务客户的同事。员工离职时标记为“已离职”，其客户和历史记录都会保留。</translation>
    </message>
    <message>
        <source>Show people who have left</source>
        <translation>显示已离职员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Edit {}</source>
        <translation>编辑：{}</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>标记为离职</translation>
    </message>
    <message>
        <source>Back at work</source>
        <translation>恢复在职</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Today's backup could not be made: {}</source>
        <translation>今天的自动备份未能完成：{}</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <source>The database file is damaged or empty.</source>
        <translation>数据文件已损坏或为空。</translation>
    </message>
    <message>
        <source>This file is not a DealerDesk database.</source>
        <translation>这个文件不是车商客户管家的数据文件。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of DealerDesk.</source>
        <translation>这个数据文件由更新版本的车商客户管家创建。</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据文件。</translation>
    </message>
    <message>
        <source>DealerDesk cannot open the database</source>
        <translation>车商客户管家无法打开数据文件</translation>
    </message>
    <message>
        <source>File: {}

Nothing has been changed or deleted. You can restore a backup, open another database file, or quit and ask for help.</source>
        <translation>文件：{}

没有修改或删除任何内容。您可以恢复备份、打开其他数据文件，或者退出后寻求帮助。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>The database is not where it was.</source>
        <translation>数据库文件不在原来的位置。</translation>
    </message>
    <message>
        <source>The disk holding the database is full; nothing was changed.</source>
        <translation>数据库所在的磁盘已满，没有做任何更改。</translation>
    </message>
    <message>
        <source>Put back the file kept aside</source>
        <translation>放回保留的原文件</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Start an empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>DealerDesk used the database {} on this computer, and it is no longer there. It may have been moved, renamed or deleted.</source>
        <translation>本机曾使用数据库 {}，但现在找不到它了。它可能被移动、改名或删除。</translation>
    </message>
    <message>
        <source>When last used ({}) it held {} customers.</source>
        <translation>上次使用时（{}）里面有 {} 位客户。</translation>
    </message>
    <message>
        <source>A restore that was interrupted kept the previous file aside as:
{}</source>
        <translation>一次被中断的恢复把原文件保留为：
{}</translation>
    </message>
    <message>
        <source>No new, empty database has been made. Put your data back, choose where it is now, or start an empty database only if you mean to start afresh.</source>
        <translation>程序没有新建空数据库。请放回您的数据，或指出它现在的位置；只有确实要从头开始时才新建空数据库。</translation>
    </message>
    <message>
        <source>A restore was interrupted</source>
        <translation>恢复被中断</translation>
    </message>
    <message>
        <source>Restoring a backup into this database was interrupted.</source>
        <translation>向这个数据库恢复备份的过程被中断了。</translation>
    </message>
    <message>
        <source>File: {}

The file still holds the data from before the restore; nothing has been lost.</source>
        <translation>文件：{}

文件里仍是恢复之前的数据，没有丢失任何内容。</translation>
    </message>
    <message>
        <source>The backup had been copied and checked: you can finish the restore now (the current file is kept aside), or keep the data as it is.</source>
        <translation>备份已复制并检查完毕：您可以现在完成恢复（当前文件会另外保留），也可以保持数据不变。</translation>
    </message>
    <message>
        <source>The copy of the backup was not complete and will be removed. Restore the backup again in Settings &gt; Backups if you still want it.</source>
        <translation>备份的副本没有复制完整，将被删除。如仍需要，请在 设置 &gt; 备份 中重新恢复。</translation>
    </message>
    <message>
        <source>Finish the restore</source>
        <translation>完成恢复</translation>
    </message>
    <message>
        <source>Keep the data as it is</source>
        <translation>保持数据不变</translation>
    </message>
    <message>
        <source>Another backup file…</source>
        <translation>其他备份文件…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups in {}:</source>
        <translation>{} 中的备份：</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>DealerDesk backups (*.db)</source>
        <translation>车商客户管家备份 (*.db)</translation>
    </message>
    <message>
        <source>Open or create a database file</source>
        <translation>打开或新建数据文件</translation>
    </message>
    <message>
        <source>DealerDesk database (*.db)</source>
        <translation>车商客户管家数据 (*.db)</translation>
    </message>
    <message>
        <source>DealerDesk cannot open the shop's server</source>
        <translation>DealerDesk 无法打开店里的服务器</translation>
    </message>
    <message>
        <source>{address}

{problem}

Nothing was changed. Check that the server PC is on and connected, or choose "this PC" in Settings → Storage on a working copy.</source>
        <translation>{address}

{problem}

没有做任何改动。请检查服务器那台电脑是否已开机并连上网络，或在一台能用的电脑上到 设置 → 存储 选择“本机”。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>DealerDesk is already open</source>
        <translation>车商客户管家已经打开</translation>
    </message>
    <message>
        <source>DealerDesk is already open on this database:
{}

Switch to the open window (look in the taskbar). Two copies on one file could overwrite each other's work.</source>
        <translation>车商客户管家已经打开了这个数据文件：
{}

请切换到已打开的窗口（在任务栏中查找）。两个程序同时使用一个文件可能会互相覆盖录入的内容。</translation>
    </message>
    <message>
        <source>The backup is now in use.</source>
        <translation>备份已启用。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation>无法读取或写入数据库文件。</translation>
    </message>
    <message>
        <source>To protect your data DealerDesk writes nothing more to this file. Restore the latest good backup, or quit and ask for help.

What SQLite said: {}</source>
        <translation>为保护您的数据，程序不再向这个文件写入任何内容。请恢复最近一次完好的备份，或退出后寻求帮助。

SQLite 的提示：{}</translation>
    </message>
    <message>
        <source>The database was restored</source>
        <translation>数据库已被恢复</translation>
    </message>
    <message>
        <source>{}

DealerDesk now opens the restored file; enter again what you were saving.</source>
        <translation>{}

车商客户管家现在打开恢复后的文件；请重新输入刚才要保存的内容。</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The disk holding {} is full; nothing was changed.

Free some space on it (or choose another folder) and try again.</source>
        <translation>{} 所在的磁盘已满，没有做任何更改。

请腾出一些空间（或选择其他文件夹）后再试。</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>连接不上服务器</translation>
    </message>
    <message>
        <source>The shop's server cannot be reached: this was not saved (nothing was saved half-way). Try again when it is back.</source>
        <translation>连接不上店里的服务器：这次没有保存（也不会只保存一半）。服务器恢复后请再试一次。</translation>
    </message>
    <message>
        <source>The demo could not be made</source>
        <translation>无法生成演示数据库</translation>
    </message>
    <message>
        <source>The demo database could not be made; nothing was left behind:
{}</source>
        <translation>无法生成演示数据库，没有留下任何文件：
{}</translation>
    </message>
    <message>
        <source>The backup is now in use. The previous file was kept as:
{}</source>
        <translation>现在使用的是恢复的备份。原来的文件已保留为：
{}</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>The backup was not restored and nothing was changed:
{}</source>
        <translation>备份未恢复，没有做任何改动：
{}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>数据存储</translation>
    </message>
    <message>
        <source>Where this PC keeps the shop's data. One PC: a file on this PC, no set-up. Several PCs: the shop's own PostgreSQL server on the shop's network (see the README); never a file on a shared folder.</source>
        <translation>这台电脑把店里的数据存在哪里。只有一台电脑：存为本机上的文件，无需设置。多台电脑：使用店内网络上自己的 PostgreSQL 服务器（见说明文档）；切勿把文件放在共享文件夹里。</translation>
    </message>
    <message>
        <source>This PC (a file in the data folder)</source>
        <translation>本机（数据文件夹中的文件）</translation>
    </message>
    <message>
        <source>The shop's server (PostgreSQL)</source>
        <translation>店里的服务器（PostgreSQL）</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>kept in Windows' credential store</source>
        <translation>保存在 Windows 凭据管理器中</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The choice takes effect when DealerDesk starts next. To bring this PC's customers to the server, use "dealerdesk move" (see the README).</source>
        <translation>此选择在下次启动车商客户管家时生效。要把这台电脑上的客户搬到服务器上，请使用“dealerdesk move”（见说明文档）。</translation>
    </message>
    <message>
        <source>Fill in the server address, the database and the user.</source>
        <translation>请填写服务器地址、数据库和用户。</translation>
    </message>
    <message>
        <source>Connected: this PC can use the shop's server.</source>
        <translation>已连接：这台电脑可以使用店里的服务器。</translation>
    </message>
    <message>
        <source>Saved. DealerDesk uses it from the next start.</source>
        <translation>已保存，下次启动时生效。</translation>
    </message>
</context>
</TS>