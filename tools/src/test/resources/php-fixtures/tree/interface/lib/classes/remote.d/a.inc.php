<?php
// Test fixture: the first remote class in glob order.
class remoting_a extends remoting {

	public function widget_get($session_id, $primary_id)
	{
		global $app;
		if (!$this->checkPerm($session_id, 'widget_get')) {
			return false;
		}
		$app->lib->loadFormDef('../widgets/form/widget.tform.php');
		return $app->lib->getDataRecord($primary_id);
	}

	public function widget_add($session_id, $client_id, $params = array())
	{
		if (!$this->checkPerm($session_id, 'widget_add')) {
			return false;
		}
		return $this->insertQuery('../widgets/form/widget.tform.php', $client_id, $params);
	}

	function widget_delete($session_id, $primary_id)
	{
		if (!$this->checkPerm($session_id, 'widget_delete')) {
			return false;
		}
		return $this->deleteQuery('../widgets/form/widget.tform.php', $primary_id);
	}

	public function shared_name($session_id)
	{
		return 'from a';
	}

	public function logout($session_id)
	{
		return 'never dispatched: logout goes to the base class';
	}

	public function server_get($session_id, $server_id = null, $section = '')
	{
		return 'shadowed by a later file that inherits the base version';
	}

	private function widget_secret()
	{
		return 1;
	}

	protected function widget_guarded()
	{
		return 2;
	}
}
