// 课程面板自己的文字 (the lesson panel's words in Simplified Chinese; same keys as
// ../en/lesson-panel.ts; the lessons' own words are in lessons-*.ts).
export const lessonPanel = {
  'lessonPanel.region': '课程',
  'lessonPanel.progress': '第 {{k}} 步，共 {{n}} 步',
  // 按钮名为“下一步”/“上一步”，显示的文字就是名字本身（WCAG 2.5.3）。
  'lessonPanel.next': '下一步',
  'lessonPanel.nextShort': '下一步',
  'lessonPanel.previous': '上一步',
  'lessonPanel.previousShort': '上一步',
  'lessonPanel.close': '关闭课程',
  'lessonPanel.offScript': '你对运行做了操作，它已经偏离了课程的脚本：课程所讲的内容可能不再符合这次运行。',
  'lessonPanel.backToLesson': '回到课程',
  'lessonPanel.right': '答对了：{{answer}}。',
  'lessonPanel.wrong': '这次没答对：运行的结果是 {{answer}}。',
  'lessonPanel.turnOn': '开启',
  'lessonPanel.changeIt': '修改',
  'lessonPanel.nextStepChanges': '下一步会{{changes}}，并重新运行。',
  'lessonPanel.turnsOn': '开启“{{setting}}”',
  'lessonPanel.turnsOff': '关闭“{{setting}}”',
  'lessonPanel.sets': '把“{{setting}}”设为“{{value}}”',
  'lessonPanel.picker': '课程',
  'lessonPanel.pickerNone': '课程…',
  'lessonPanel.showWholeRun': '显示整个运行',
  'lessonPanel.showWholeRunHint': '关闭时：事件日志、不变式和时间线只显示播放位置之前发生的事。',
  'lessonPanel.done': '课程结束。',
  'lessonPanel.loadFailed': '课程加载失败。请检查网络连接后重试。',
} as const;
