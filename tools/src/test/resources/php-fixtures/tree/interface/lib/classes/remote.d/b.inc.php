<?php
// Test fixture: the second remote class; it re-declares a name of the first.
class remoting_b extends remoting {

	public function shared_name($session_id)
	{
		if (!$this->checkPerm($session_id, 'shared_name')) {
			return false;
		}
		return 'from b';
	}

	public function gadget_x_get($session_id, $primary_id)
	{
		return $this->gadget_any_get($session_id, $primary_id, 'X');
	}

	public function gadget_x_add($session_id, $client_id, $params, $touch = false)
	{
		return $this->gadget_any_add($session_id, $client_id, $params, $touch, 'X');
	}

	public function gadget_y_add($session_id, $client_id, $params)
	{
		return $this->gadget_any_add($session_id, $client_id, $params);
	}

	public function gadget_sized_update($session_id, $client_id, $primary_id, $params)
	{
		if (!$this->checkPerm($session_id, 'gadget_sized_update')) {
			return false;
		}
		$form = '../gadgets/form/' . (isset($params['big']) && $params['big'] ? 'large' : 'small') . '.tform.php';
		return $this->updateQuery($form, $client_id, $primary_id, $params);
	}

	public function gadget_purge_delete($session_id, $primary_id)
	{
		if (!$this->checkPerm($session_id, 'gadget_purge_delete') || !$this->checkPerm($session_id, 'gadget_delete')) {
			return false;
		}
		$this->deleteQuery('../gadgets/form/part.tform.php', $primary_id);
		return $this->deleteQuery('../gadgets/form/gadget.tform.php', $primary_id);
	}

	public function gadget_set_status($session_id, $primary_id, $status)
	{
		global $app;
		if (!$this->checkPerm($session_id, 'gadget_set_status')) {
			return false;
		}
		$app->lib->loadFormDef('../gadgets/form/gadget.tform.php');
		$record = $app->lib->getDataRecord($primary_id);
		$record['active'] = $status;
		return $this->updateQuery('../gadgets/form/gadget.tform.php', 0, $primary_id, $record);
	}

	public function gadget_list_all($session_id)
	{
		$names = array_map(function ($row) { return $row['name']; }, array());
		return $names;
	}

	public function gadget_dynamic_get($session_id, $which)
	{
		if (!$this->checkPerm($session_id, 'gadget_' . $which . '_get')) {
			return false;
		}
		return array();
	}

	private function gadget_any_get($session_id, $primary_id, $kind = 'X')
	{
		global $app;
		$kind = strtolower($kind);
		if (!$this->checkPerm($session_id, 'gadget_' . $kind . '_get')) {
			return false;
		}
		$app->lib->loadFormDef('../gadgets/form/gadget_' . $kind . '.tform.php');
		return $app->lib->getDataRecord($primary_id);
	}

	private function gadget_any_add($session_id, $client_id, $params, $touch = false, $kind = 'Y')
	{
		$kind = strtolower($kind);
		if (!$this->checkPerm($session_id, "gadget_{$kind}_add")) {
			return false;
		}
		return $this->insertQuery('../gadgets/form/gadget_' . $kind . '.tform.php', $client_id, $params);
	}
}
